package io.policylens.recommendations.clustering;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a recommendation into weighted features for similarity. Words alone rarely match across
 * authors ("move beyond a bilateral framework" vs "leverage larger multilateral forums such as IPEF"),
 * so phrases are also mapped to a few policy concepts, and named forums count towards their concept.
 */
final class ActionVocabulary {

    private record Concept(String name, Pattern pattern) {
    }

    private static final List<Concept> CONCEPTS = List.of(
            concept("multilateral", "multilateral|minilateral|plurilateral|beyond\\s+(?:a|the)?\\s*bilateral|"
                    + "larger\\s+group|"
                    + "regional\\s+forums?|coalition|grouping|IPEF|Indo-Pacific\\s+Economic\\s+Framework|Quad|AUKUS|"
                    + "Bio-5|G-?7|"
                    + "like-minded|allies\\s+and\\s+partners|with\\s+(?:third|other)\\s+countries|trilateral"),
            concept("supply-chain", "supply\\s+chains?|diversif|resilien|sourcing|dependenc|de-?risk|stockpil"),
            concept("finance", "financ|fund|invest|capital|loan|Development\\s+Finance\\s+Corporation|DFC|subsid"),
            concept("standards", "standard|norms|rules|regulat|harmoni|certif"),
            concept("research", "research|R&D|co-develop|joint\\s+development|innovation|laborator"),
            concept("talent", "talent|workforce|training|education|exchange\\s+program|researchers|visa"),
            concept("export-controls", "export\\s+control|licens|technology\\s+protection|screening"),
            concept("deterrence", "deterren|missile\\s+defen|extended\\s+deterrence|Nuclear\\s+Consultative|military"),
            concept("self-reliance", "self-reliance|self-sufficien|domestic\\s+capacit|industrial\\s+base"),
            concept("data", "data|privacy|cross-border|digital\\s+trade|e-signature"),
            concept("energy", "hydrogen|renewable|clean\\s+energy|nuclear\\s+power|grid|batter"),
            concept("infrastructure", "infrastructure|5G|6G|network|undersea\\s+cable"));

    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "for",
            "with", "as", "by", "at", "from", "that", "this", "these", "those", "its", "their", "our", "be", "is",
            "are", "it", "more", "most", "such", "well", "also", "both", "into", "which", "who", "what", "will",
            "would", "should", "must", "could", "can", "not", "other", "than", "each", "all", "new", "further",
            "between", "within", "look", "work", "take", "make", "place", "efforts", "approach", "including", "order",
            "way", "ways", "use");

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\d&-]+");

    private static final double CONCEPT_WEIGHT = 2.0;
    private static final double FORUM_WEIGHT = 1.5;
    private static final double TOPIC_WEIGHT = 0.8;
    private static final double ACTOR_WEIGHT = 0.4;
    private static final double WORD_WEIGHT = 1.0;

    private ActionVocabulary() {
    }

    private static Concept concept(String name, String regex) {
        return new Concept(name, Pattern.compile("(?i)(?<![\\p{L}])(?:" + regex + ")"));
    }

    static Map<String, Double> features(ClusterMember member) {
        return features(FeatureInput.of(member));
    }

    static Map<String, Double> features(FeatureInput member) {
        Map<String, Double> features = new HashMap<>();
        String action = member.action();
        String all = action + " " + String.join(" ", member.forums());
        for (Concept concept : CONCEPTS) {
            Matcher m = concept.pattern().matcher(all);
            if (m.find()) {
                features.merge("concept:" + concept.name(), CONCEPT_WEIGHT, Double::sum);
            }
        }
        for (String forum : member.forums()) {
            features.merge("forum:" + forum.toLowerCase(Locale.ROOT), FORUM_WEIGHT, Double::sum);
        }
        for (String topic : member.topics()) {
            features.merge("topic:" + topic, TOPIC_WEIGHT, Double::sum);
        }
        if (member.actor() != null) {
            for (String name : member.actor().split(",\\s*|\\s+and\\s+")) {
                features.merge("actor:" + name.strip().toLowerCase(Locale.ROOT), ACTOR_WEIGHT, Double::sum);
            }
        }
        Matcher words = WORD.matcher(action);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (!STOPWORDS.contains(word)) {
                features.merge("word:" + stem(word), WORD_WEIGHT, Math::max);
            }
        }
        return features;
    }

    /** Crude suffix stripping: enough to make "diversifying" and "diversify", "forums" and "forum" meet. */
    static String stem(String word) {
        String w = word;
        for (String suffix : new String[] {"ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "es", "ed",
                "s"}) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w;
    }
}
