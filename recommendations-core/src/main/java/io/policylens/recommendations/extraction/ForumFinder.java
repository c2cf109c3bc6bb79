package io.policylens.recommendations.extraction;

import io.policylens.documents.annotation.EntityMention;
import io.policylens.documents.annotation.EntityType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forums and instruments a recommendation names: agreements and groupings from the gazetteer (IPEF, Quad),
 * plus capitalised names that end in a forum word ("the Bio-5 Coalition", "Development Finance
 * Corporation", "Korea's Economic Development Promotion Fund") which a gazetteer cannot list in advance.
 */
final class ForumFinder {

    private static final Pattern NAMED_FORUM = Pattern.compile("(?<![\\p{L}])(?:[A-Z][\\p{L}\\d&.-]*\\s+(?:(?:of|for|"
            + "and|on|the)\\s+)?){0,7}"
            + "(?:Framework|Coalition|Corporation|Fund|Forum|Initiative|Group|Council|Partnership|Agreement|Dialogue|"
            + "Act|"
            + "Alliance|Mechanism|Program|Programme|Treaty|Pact|Summit|Organization|Organisation|Bank|Facility|Compact|"
            + "[Ii]nitiative)"
            + "(?![\\p{L}])");

    private static final Pattern ACRONYM_FORUM = Pattern.compile("(?<![\\p{L}])(?:IPEF|Quad|AUKUS|DEPA|NCG|APEC|ASEAN|"
            + "G-?7|G-?20|"
            + "NATO|WTO|CPTPP|RCEP|TTC|DFC|KORUS|Chip\\s?4|MSP|IRA|CHIPS\\s+Act)(?![\\p{L}])");

    private ForumFinder() {
    }

    static List<String> find(String sentence, int sentenceStart, List<EntityMention> mentions) {
        Set<String> forums = new LinkedHashSet<>();
        for (EntityMention mention : mentions) {
            if (mention.type() == EntityType.AGREEMENT) {
                forums.add(mention.name());
            }
        }
        Matcher m = NAMED_FORUM.matcher(sentence);
        while (m.find()) {
            String name = m.group().replaceFirst("^(?:The|A|An)\\s+", "").strip();
            name = dropLeadingVerb(name);
            if (name.contains(" ") && !coveredByMention(m.start() + sentenceStart, m.end() + sentenceStart, mentions)) {
                forums.add(name.replaceAll("\\s+", " "));
            }
        }
        m = ACRONYM_FORUM.matcher(sentence);
        while (m.find()) {
            if (!coveredByMention(m.start() + sentenceStart, m.end() + sentenceStart, mentions)
                    && !containsPart(forums, m.group())) {
                forums.add(m.group());
            }
        }
        return new ArrayList<>(forums);
    }

    /** "Strengthening the Development Finance Corporation" names the corporation, not the verb. */
    private static String dropLeadingVerb(String name) {
        int space = name.indexOf(' ');
        if (space < 0) {
            return name;
        }
        String first = name.substring(0, space).toLowerCase(java.util.Locale.ROOT);
        if (first.endsWith("ing") || VerbLexicon.IMPERATIVE.contains(first)) {
            return name.substring(space + 1).replaceFirst("^(?:the|a|an)\\s+", "");
        }
        return name;
    }

    private static boolean coveredByMention(int start, int end, List<EntityMention> mentions) {
        for (EntityMention mention : mentions) {
            if (mention.type() == EntityType.AGREEMENT && mention.start() < end && start < mention.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsPart(Set<String> forums, String acronym) {
        for (String forum : forums) {
            if (forum.contains(acronym)) {
                return true;
            }
        }
        return false;
    }
}
