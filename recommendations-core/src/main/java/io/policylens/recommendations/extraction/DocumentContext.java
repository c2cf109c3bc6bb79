package io.policylens.recommendations.extraction;

import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.sentences.Sentence;
import io.policylens.documents.text.BlockKind;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the extractor needs to know about the document around a sentence: list structure and lead-ins,
 * recommendation sections, and the parties the document names most, which give "the government", "we",
 * "the two nations" and "lawmakers" their country (GUIDELINES R10). They are never an actor by themselves:
 * a sentence without one takes it from its lead-in, paragraph or the document's explicit addressees.
 */
final class DocumentContext {

    /** Headings of sections whose sentences are offered as courses of action. */
    private static final Pattern RECOMMENDATION_HEADING = Pattern.compile("(?i)recommend|polic(?:y|ies)\\s+(?:options|"
            + "implications|"
            + "prescriptions|proposals)|way\\s+(?:forward|ahead)|next\\s+steps|what\\s+(?:should|can|must)|"
            + "how\\s+(?:can|should|to)|"
            + "\\bshould\\b|\\bmust\\b|proposals|action\\s+(?:plan|items)|lines?\\s+of\\s+effort|path\\s+forward|"
            + "opportunities\\s+for|agenda\\s+for|priorities\\s+for|steps\\s+(?:forward|ahead|to)");

    /** Lead-ins of lists whose items are proposals. */
    private static final Pattern RECOMMENDATION_LEAD_IN = Pattern.compile("(?i)recommend|\\bshould\\b|\\bmust\\b|"
            + "\\bneeds?\\b|\\bcan\\b|"
            + "\\bcould\\b|\\bsteps\\b|\\bactions?\\b|\\bmeasures\\b|\\bfollowing\\b|\\burges?\\b|\\bcalls?\\s+(?:on|"
            + "for)|propos|suggest|"
            + "priorit|\\bways\\b|lines\\s+of\\s+effort|options");

    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-–—•●▪◦✔✓*]|\\(?\\d{1,2}[.)]|\\(?[a-z][.)]"
            + "|\\d{1,2}(?:\\.\\d{1,2})+\\.?(?=\\s+\\p{Lu}))\\s+");

    private final AnalysedDocument document;
    private final List<AnnotatedSentence> sentences;
    private final int[] leadIn;
    private final Set<String> defaultActors;
    private final Map<String, Integer> counts;
    private final boolean europeanUnion;
    private final Map<Integer, String> leadInActors = new HashMap<>();
    private final boolean mentionsCongress;
    private final boolean[] listItem;
    private final Map<String, Boolean> recommendationSections = new HashMap<>();

    DocumentContext(AnalysedDocument document) {
        this.document = document;
        this.sentences = document.sentences();
        this.listItem = new boolean[sentences.size()];
        for (int i = 0; i < listItem.length; i++) {
            listItem[i] = computeListItem(i);
        }
        this.leadIn = findLeadIns();
        this.counts = countActors();
        this.mentionsCongress = counts.containsKey("Congress");
        this.europeanUnion = counts.containsKey("European Commission")
                || defaultActors(counts).contains("European Union");
        this.defaultActors = defaultActors(counts);
    }

    AnalysedDocument document() {
        return document;
    }

    List<AnnotatedSentence> sentences() {
        return sentences;
    }

    Sentence sentence(int i) {
        return sentences.get(i).sentence();
    }

    /** A list item either by block kind or by a marker that the text pipeline left in a paragraph. */
    boolean isListItem(int i) {
        return listItem[i];
    }

    private boolean computeListItem(int i) {
        Sentence s = sentence(i);
        // A paragraph that opens with a list marker is a list item, and so are its later sentences.
        return s.blockKind() == BlockKind.LIST_ITEM || firstInBlock(i) && LIST_MARKER.matcher(s.text()).find()
                || !firstInBlock(i) && listItem[i - 1];
    }

    boolean firstInBlock(int i) {
        return i == 0 || sentence(i - 1).block() != sentence(i).block();
    }

    static int markerLength(String text) {
        var m = LIST_MARKER.matcher(text);
        return m.find() ? m.end() : 0;
    }

    /** Index of the lead-in sentence of the list that item {@code i} belongs to, or -1. */
    int leadIn(int i) {
        return leadIn[i];
    }

    boolean inRecommendationSection(int i) {
        String section = sentence(i).section();
        return section != null && recommendationSections.computeIfAbsent(section,
                heading -> RECOMMENDATION_HEADING.matcher(heading).find());
    }

    /** A list whose lead-in announces proposals, or any list in a recommendations section. */
    boolean inRecommendationList(int i) {
        if (!isListItem(i)) {
            return false;
        }
        int lead = leadIn[i];
        return lead >= 0 && RECOMMENDATION_LEAD_IN.matcher(sentence(lead).text()).find() || inRecommendationSection(i);
    }

    /** "Lawmakers": Congress in a document about the United States (R10), else the parliament is not named. */
    String legislature() {
        return defaultActors.contains(ActorNames.UNITED_STATES) || mentionsCongress ? "Congress"
                : defaultActors.isEmpty() ? null : defaultActors.iterator().next();
    }

    /**
     * "The government", "policymakers", "we": the country the document's proposals address, else the
     * country it names most; R10 keeps "UK Government" for a British one.
     */
    String government(String documentAddressee) {
        String country = documentAddressee != null && countryLike(documentAddressee) ? documentAddressee
                : defaultActors.isEmpty() ? null : defaultActors.iterator().next();
        return "United Kingdom".equals(country) ? "UK Government" : country;
    }

    private static final Set<String> NOT_COUNTRIES = Set.of("Congress", "FERC", "European Commission", "US states",
            "donor countries", "WTO members", "Commission");

    private static boolean countryLike(String name) {
        return !NOT_COUNTRIES.contains(name) && !name.startsWith("Department of") && ActorNames.split(name).size() == 1;
    }

    /** True when the document is about the European Union, so that "the Commission" is the European Commission. */
    boolean aboutEuropeanUnion() {
        return europeanUnion;
    }

    /** The n parties the document names most. */
    Set<String> topActors(int n) {
        return topActors(counts, n);
    }

    String cachedLeadInActor(int lead, java.util.function.IntFunction<String> resolve) {
        if (leadInActors.containsKey(lead)) {
            return leadInActors.get(lead);
        }
        String actor = resolve.apply(lead);
        leadInActors.put(lead, actor);
        return actor;
    }

    void forgetLeadInActors() {
        leadInActors.clear();
    }

    /**
     * For each list item, the last sentence before its list when that sentence ends with a colon or sits
     * directly before the list in a paragraph.
     */
    private int[] findLeadIns() {
        int[] result = new int[sentences.size()];
        int currentLead = -1;
        boolean inList = false;
        for (int i = 0; i < sentences.size(); i++) {
            result[i] = -1;
            if (isListItem(i)) {
                if (!inList) {
                    currentLead = -1;
                    for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
                        Sentence candidate = sentence(j);
                        if (candidate.blockKind() == BlockKind.PARAGRAPH && !isListItem(j)) {
                            currentLead = isHeadline(candidate.text()) ? -1 : j;
                            break;
                        }
                        if (candidate.blockKind() == BlockKind.HEADING) {
                            break;
                        }
                    }
                    inList = true;
                }
                result[i] = currentLead;
            } else if (sentence(i).blockKind() != BlockKind.LIST_ITEM) {
                inList = false;
            }
        }
        return result;
    }

    /**
     * A title over a news story's bullet points ("Minister says families should save more"): a paragraph that
     * ends in a word, not in punctuation. Its bullets summarise the story; they are not items of its proposal.
     */
    private static boolean isHeadline(String text) {
        String trimmed = text.strip();
        return !trimmed.isEmpty() && Character.isLetterOrDigit(trimmed.charAt(trimmed.length() - 1));
    }

    private Map<String, Integer> countActors() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AnnotatedSentence annotated : sentences) {
            Sentence s = annotated.sentence();
            if (s.blockKind() == BlockKind.HEADING) {
                continue;
            }
            for (ActorLexicon.Hit hit : ActorLexicon.remember(s.text())) {
                if (hit.kind() == ActorLexicon.Kind.NAMED || hit.kind() == ActorLexicon.Kind.US_STATES) {
                    counts.merge(hit.name(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The most mentioned party, joined by the second when it is mentioned at least half as often. */
    private static Set<String> defaultActors(Map<String, Integer> counts) {
        Set<String> top = topActors(counts, 2);
        if (top.size() < 2) {
            return top;
        }
        var it = top.iterator();
        String first = it.next();
        String second = it.next();
        if (counts.get(second) * 2 < counts.get(first)) {
            return Set.of(first);
        }
        return top;
    }

    private static Set<String> topActors(Map<String, Integer> counts, int n) {
        Set<String> top = new LinkedHashSet<>();
        counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(n)
                .forEach(e -> top.add(e.getKey()));
        return top;
    }
}
