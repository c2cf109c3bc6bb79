package io.policylens.claims.extraction;

import io.policylens.claims.text.Lexicon;
import io.policylens.claims.text.SentenceCues;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences that are never claims whatever their content (R4, R5, C2): recommendations, questions,
 * the document describing itself, page furniture, headings glued into paragraphs, fragments.
 */
final class Exclusions {

    private static final List<String> FURNITURE_OPENINGS = List.of("photo", "image credit", "credit:", "source link",
            "related posts", "the views expressed", "download as", "you are on page", "click here", "sign up",
            "subscribe", "read more", "editor’s note",
            "editor's note", "about the author", "copyright", "all rights reserved", "share this", "follow us");

    private static final List<String> BIO_ROLES = List.of(" is a policy analyst", " is a senior", " is a fellow",
            " is a research", " is an analyst", " is a professor", " is the director", " is director",
            " is a former", " is the republic of korea’s former", " is a visiting", " is an associate",
            " is a non-resident", " is a nonresident", " is the president", " is chair professor", " is an adjunct",
            " is a journalist", " is a contributor", " is a correspondent", " is the author", " is an assistant");

    private static final java.util.regex.Pattern CHAIR_HOLDER = java.util.regex.Pattern.compile(
            " holds? the [\\p{L} .'’-]{0,60}\\bChair in\\b");

    private Exclusions() {
    }

    /**
     * The reason the sentence is excluded, or null when it may be a claim.
     *
     * @param recommendation the recommendation extractor's verdict on the sentence, or null to decide by the claim
     *                       side's own normative cues
     * @param last   the document's last sentence: without its final punctuation it is cut off by the excerpt's end (R4)
     * @param figure the sentence gives a specific figure: a long line with one that lost its full stop (hard-wrapped
     *               or converted text) is still a sentence, not a heading
     */
    static String reason(SentenceCues cues, boolean listItem, Boolean recommendation, boolean last, boolean figure) {
        String lower = cues.text().strip().toLowerCase(Locale.ROOT);
        if (recommendation != null ? recommendation : looksNormative(cues, lower, listItem)) {
            return "recommendation";
        }
        if (CitationShape.matches(cues)) {
            return "citation";
        }
        if (cues.question()) {
            return "question";
        }
        if (cues.text().indexOf('©') >= 0) {
            return "furniture"; // a running header or footer ("... © Institute ... 153")
        }
        for (String opening : FURNITURE_OPENINGS) {
            if (lower.startsWith(opening)) {
                return "furniture";
            }
        }
        for (String role : BIO_ROLES) {
            if (lower.contains(role) && cues.wordCount() < 40) {
                return "author bio";
            }
        }
        if (CHAIR_HOLDER.matcher(cues.text()).find() && cues.wordCount() < 40) {
            return "author bio"; // "X holds the Y Chair in International Business at ...": a named academic chair
        }
        if (cues.describesDocument()
                || cues.selfReference() > 0 && cues.firstWordLower().equals("this")
                || lower.contains("can be found here")
                || lower.contains("is available at") || lower.contains("is registered under")) {
            return "self-description";
        }
        if (lower.endsWith("...") || lower.endsWith("…")) {
            return "heading or cut off"; // a teaser or excerpt cut with an ellipsis is not a whole sentence (R4)
        }
        // a short complete clause with a finite past verb ("China retaliated.") is a sentence, not a fragment
        if (cues.wordCount() < 5 && !(cues.pastVerbs() > 0 && cues.terminalPunctuation())) {
            return "fragment";
        }
        if (lower.endsWith(":") && isListLeadIn(cues)) {
            return "list lead-in"; // what follows the colon is the content (R4)
        }
        if (!cues.terminalPunctuation() && (!listItem || titleCase(cues)) && !lostItsFullStop(cues, last, figure)) {
            return "heading or cut off";
        }
        return null;
    }

    /** Words that end a lead-in whose list holds the content: "include:", "the following:", "will:", "to:". */
    private static final Set<String> LEAD_IN_ENDINGS = Set.of("include", "includes", "including", "following",
            "to", "will", "must", "should", "can", "are", "is", "were", "was", "be", "as", "below", "these", "those",
            "this", "them", "create", "example", "instance", "that", "follows", "by", "of", "for", "with", "areas",
            "steps", "measures", "ways", "actions", "recommendations", "priorities", "proposals", "options");

    /**
     * "The grants include:", "...policies for the government to:", "...depends on five factors:": a lead-in that
     * introduces a list and names no fact of its own (R4). A complete statement that happens to end in a colon
     * ("X stated that Y will act against any threat:") is judged like any sentence.
     */
    private static boolean isListLeadIn(SentenceCues cues) {
        String[] lower = cues.lowerTokens();
        if (lower.length == 0 || LEAD_IN_ENDINGS.contains(lower[lower.length - 1])) {
            return true;
        }
        for (int i = 0; i < lower.length; i++) {
            // a count of the items that follow: "five accelerants", "three families", "4 pillars"
            if (SentenceCues.isNumberWord(lower[i]) && !"half".equals(lower[i]) && !"quarter".equals(lower[i])
                    || cues.tokens().get(i).numeric() && lower[i].length() <= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A long sentence with a figure whose final punctuation was lost in the copy ("... (£12 billion across 1.6 million
     * households)"): headings are short and title-like, and a cut-off sentence ends the excerpt or a word.
     */
    private static boolean lostItsFullStop(SentenceCues cues, boolean last, boolean figure) {
        String text = cues.text().strip();
        char end = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        return figure && !last && cues.wordCount() >= 15 && !titleCase(cues) && end != '-' && end != '–'
                && Character.isLetterOrDigit(text.charAt(0)) && text.indexOf("://") < 0;
    }

    private static boolean looksNormative(SentenceCues cues, String lower, boolean listItem) {
        return cues.normative() > 0 || wouldBeFor(lower) || listItem && isImperative(cues);
    }

    /** "would be for the United States and South Korea to establish..." proposes an action (R7). */
    private static boolean wouldBeFor(String lower) {
        int at = lower.indexOf("would be for ");
        return at >= 0 && lower.indexOf(" to ", at) > 0;
    }

    private static boolean isImperative(SentenceCues cues) {
        String first = cues.firstWordLower();
        if (Lexicon.IMPERATIVE_VERBS.contains(first)) {
            return true;
        }
        // "Expand Supply Chain Partnerships: Joint efforts..." – label with an imperative after the colon
        int colon = cues.text().indexOf(':');
        return colon > 0 && colon < 80 && Lexicon.IMPERATIVE_VERBS.contains(first);
    }

    private static boolean titleCase(SentenceCues cues) {
        int capitalised = 0;
        for (var token : cues.tokens()) {
            if (token.capitalised()) {
                capitalised++;
            }
        }
        return capitalised * 2 > cues.wordCount();
    }
}
