package io.policylens.recommendations.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recommendations without a modal: imperative items ("Align incentives for R&D ...") and, in a list whose
 * lead-in proposes something, gerund or fragment items that take their strength from the lead-in (R9).
 */
final class ListItemRules {

    private static final Pattern LEAD_IN_MODAL = Pattern.compile("(?i)(?<![\\p{L}])(?:(should|ought\\s+to)|(must|"
            + "needs?\\s+to|"
            + "ha(?:ve|s)\\s+to|essential|necessary|crucial)|(can|could|might))(?![\\p{L}])");
    private static final Pattern LEAD_IN_REPORTING = Pattern.compile("(?i)recommend|urge|calls?\\s+(?:on|for)|suggest|"
            + "propos");

    private ListItemRules() {
    }

    /** The strength of a sentence that has no cue, or null when it is not a recommendation. */
    static Strength strengthWithoutCue(DocumentContext context, int index, String text, SentenceShape shape) {
        boolean listItem = context.isListItem(index);
        boolean recommendationList = context.inRecommendationList(index);
        boolean recommendationSection = context.inRecommendationSection(index);
        boolean first = context.firstInBlock(index);
        if (shape.labelEnd() >= 0 && (listItem || recommendationSection) && first
                && startsWithImperative(text, shape.bodyStart(), !recommendationList)) {
            return Strength.IMPERATIVE;
        }
        int start = shape.actionStart(text);
        boolean imperative = startsWithImperative(text, start, !recommendationList && !recommendationSection);
        if (imperative) {
            if (listItem && (first || recommendationList)) {
                return Strength.IMPERATIVE;
            }
            if (!listItem && (recommendationSection || afterProposingLeadIn(context, index))) {
                return Strength.IMPERATIVE;
            }
        }
        if (listItem && first && recommendationList) {
            Strength leadIn = leadInStrength(context, index);
            if (leadIn != null && (startsWithGerund(text, start) || isFragment(text, start))) {
                return leadIn;
            }
            if (leadIn == null && recommendationSection && startsWithGerund(text, start)) {
                return Strength.RECOMMEND;
            }
        }
        return null;
    }

    static boolean startsWithImperative(String text, int start, boolean strict) {
        int wordStart = Words.nextWordStart(text, skipEmphasis(text, start));
        if (wordStart < 0) {
            return false;
        }
        int wordEnd = Words.wordEnd(text, wordStart);
        String word = Words.lower(text, wordStart, wordEnd);
        if ((word.equals("and") || word.equals("or")) && Character.isLowerCase(text.charAt(wordStart))) {
            // "- and provide assistance to families": the last item of a list that runs on from its lead-in
            wordStart = Words.nextWordStart(text, wordEnd);
            if (wordStart < 0) {
                return false;
            }
            wordEnd = Words.wordEnd(text, wordStart);
            word = Words.lower(text, wordStart, wordEnd);
        }
        String next = Words.nextWord(text, wordEnd);
        if (!VerbLexicon.IMPERATIVE.contains(word) && !(!strict && looksLikeVerbBeforeObject(word, next))) {
            return false;
        }
        if (VerbLexicon.NOT_AFTER_IMPERATIVE.contains(next) || text.startsWith("’s", wordEnd)
                || text.startsWith("'s", wordEnd)) {
            return false;
        }
        if ((word.equals("consider") || word.equals("imagine") || word.equals("remember") || word.equals("note"))
                && Set.of("all", "what", "how", "that", "this", "why").contains(next)) {
            return false; // "Consider all that has happened since August": rhetoric, not a proposal
        }
        if (VerbLexicon.NOUN_LIKE.contains(word) && (strict || next.equals("for") || next.equals("on")
                || next.equals("with")
                || next.equals("from") || next.equals("at") || next.isEmpty())) {
            return false;
        }
        return Words.countWords(text.substring(wordStart)) >= 3;
    }

    /** Markdown emphasis and quotes around a list item's first words: "__Initiate an ...__", "*Improve ...:*". */
    static int skipEmphasis(String text, int start) {
        int i = start;
        while (i < text.length() && (text.charAt(i) == '*' || text.charAt(i) == '_'
                || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** Words that follow a verb as the start of its object and rarely follow a noun directly. */
    private static final java.util.Set<String> OBJECT_STARTS = java.util.Set.of("the", "a", "an", "more", "all", "new",
            "its", "their", "our", "existing", "additional", "this", "these", "those", "any", "each", "every",
            "further", "sufficient", "dedicated", "targeted");

    /**
     * A verb the lexicon does not list, in a list of proposals: a first word without noun or inflection
     * endings followed directly by the start of an object ("Devolve the budget", "Ringfence more funds").
     */
    private static boolean looksLikeVerbBeforeObject(String word, String next) {
        if (!OBJECT_STARTS.contains(next) || word.length() < 3) {
            return false;
        }
        for (String ending : List.of("s", "ed", "ing", "ly", "tion", "sion", "ment", "ness", "ity", "ance", "ence",
                "al", "ous", "ive", "ic", "er", "or", "ist", "ian")) {
            if (word.endsWith(ending)) {
                return false;
            }
        }
        return !Set.of("the", "and", "but", "for", "with", "from", "into", "over", "under", "about", "after", "before",
                "all", "any", "why", "how", "what", "who", "when", "where", "while", "then", "than", "once", "both",
                "each", "here", "there", "today", "now", "one", "two", "three", "four", "five", "via", "per", "like",
                "since", "until", "upon", "onto", "among", "amid", "despite", "during", "without", "within", "across",
                "behind", "beyond", "toward", "towards", "against", "between", "inside", "outside", "through",
                "throughout", "not", "only", "even", "just", "also", "too", "very", "much", "many", "most", "some",
                "such", "own", "same", "other", "another", "no", "yes", "out", "off", "up", "down", "in", "on", "at",
                "by", "to", "of", "as", "if", "so", "or", "nor", "yet").contains(word);
    }

    private static boolean startsWithGerund(String text, int start) {
        int wordStart = Words.nextWordStart(text, start);
        if (wordStart < 0) {
            return false;
        }
        String word = Words.lower(text, wordStart, Words.wordEnd(text, wordStart));
        return word.length() > 5 && word.endsWith("ing") || word.equals("that");
    }

    /** No finite verb: "Funding for joint research centres." */
    private static boolean isFragment(String text, int start) {
        String rest = " " + text.substring(start).toLowerCase(Locale.ROOT) + " ";
        return Words.countWords(rest) <= 20
                && !rest.matches("(?s).*\\s(is|are|was|were|has|have|had|will|would|did|does|do)\\s.*");
    }

    private static boolean afterProposingLeadIn(DocumentContext context, int index) {
        if (index == 0) {
            return false;
        }
        String previous = context.sentence(index - 1).text().strip();
        return previous.endsWith(":") && leadInStrengthOf(previous) != null;
    }

    static Strength leadInStrength(DocumentContext context, int index) {
        int lead = context.leadIn(index);
        return lead < 0 ? null : leadInStrengthOf(context.sentence(lead).text());
    }

    static Strength leadInStrengthOf(String leadIn) {
        Matcher modal = LEAD_IN_MODAL.matcher(leadIn);
        if (modal.find()) {
            return modal.group(1) != null ? Strength.SHOULD : modal.group(2) != null ? Strength.MUST : Strength.COULD;
        }
        return LEAD_IN_REPORTING.matcher(leadIn).find() ? Strength.RECOMMEND : null;
    }
}
