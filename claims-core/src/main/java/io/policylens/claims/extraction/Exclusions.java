package io.policylens.claims.extraction;

import io.policylens.claims.text.Lexicon;
import io.policylens.claims.text.SentenceCues;

import java.util.List;
import java.util.Locale;

/**
 * Sentences that are never claims whatever their content (R4, R5, C2): recommendations, questions,
 * the document describing itself, page furniture, headings glued into paragraphs, fragments.
 */
final class Exclusions {

    private static final List<String> FURNITURE_OPENINGS = List.of("photo", "image credit", "credit:", "source link",
            "related posts", "the views expressed", "click here", "sign up", "subscribe", "read more", "editor’s note",
            "editor's note", "about the author", "copyright", "all rights reserved", "share this", "follow us");

    private static final List<String> BIO_ROLES = List.of(" is a policy analyst", " is a senior", " is a fellow",
            " is a research", " is an analyst", " is a professor", " is the director", " is director",
            " is a former", " is the republic of korea’s former", " is a visiting", " is an associate",
            " is a non-resident", " is a nonresident", " is the president", " is chair professor", " is an adjunct",
            " is a journalist", " is a contributor", " is a correspondent", " is the author", " is an assistant");

    private Exclusions() {
    }

    /**
     * The reason the sentence is excluded, or null when it may be a claim.
     *
     * @param recommendation the recommendation extractor's verdict on the sentence, or null to decide by the claim
     *                       side's own normative cues
     */
    static String reason(SentenceCues cues, boolean listItem, Boolean recommendation) {
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
        if (cues.selfReference() > 0 && cues.firstWordLower().equals("this") || lower.contains("can be found here")
                || lower.contains("is available at") || lower.contains("is registered under")) {
            return "self-description";
        }
        if (cues.wordCount() < 5) {
            return "fragment";
        }
        if (!cues.terminalPunctuation() && (!listItem || titleCase(cues))) {
            return "heading or cut off";
        }
        return null;
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
