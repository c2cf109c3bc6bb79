package io.policylens.claims.extraction;

import io.policylens.claims.text.SentenceCues;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a footnote or reference-list entry that the text pipeline left in the body ("12 UCAS, *Deadline
 * Applicant Statistics*, 2016."): citation bodies are never claims (R4), however many numbers they hold. A
 * citation opens with a footnote number or an italic title, names a title or a web page and ends with a year,
 * and has no finite verb. A web reference with a date at the end marks a footnote body that a page break glued
 * onto a sentence; the tail of an italic title split off by the sentence splitter ("Policy in the NHS*, 2016.") is
 * one too.
 */
final class CitationShape {

    private static final Pattern FOOTNOTE_OPENING = Pattern.compile("^\\s*(?:\\d{1,3}\\s+[\\p{Lu}*‘“\"]|\\*)");
    private static final Pattern YEAR_AT_END = Pattern.compile(
            "(?:\\\\?\\((?:[^()]*\\s)?(?:19|20)\\d\\d\\\\?\\)|,\\s*(?:19|20)\\d\\d(?:/\\d\\d)?)\\s*\\.?\\s*$");
    private static final Pattern REFERENCE_MARKERS = Pattern.compile(
            "\\bWeb ?[Pp]age\\b|\\bWebpage\\b|\\b[Aa]ccessed\\b|\\bRetrieved\\b|\\bpp?\\.\\s*\\d|\\bHL Paper\\b"
                    + "|\\bReport of Session\\b|\\bVol\\.\\s*\\d|\\bibid\\b|\\bop\\. cit\\b|\\bet al\\.");
    /** A web reference ("Web Page, (4 May 2015)", "accessed 3 June"): a footnote body, even glued to a sentence. */
    private static final Pattern WEB_REFERENCE = Pattern.compile("\\bWeb ?[Pp]age\\b|\\bWebpage\\b|\\b[Aa]ccessed\\b|"
            + "\\bRetrieved\\b");
    /** The end of an italic title whose opening was split off with the previous sentence ("... NHS*, 2016."). */
    private static final Pattern TITLE_TAIL = Pattern.compile("[\\p{L}\\d]\\*\\s*,");
    private static final Pattern TITLE_THEN_COMMA = Pattern.compile("\\*[^*]{3,}\\*\\s*[,.]|"
            + "[“‘\"][^”’\"]{3,}[”’\"]\\s*,");
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "may", "might", "should", "must", "do", "does", "did", "shall");

    private CitationShape() {
    }

    static boolean matches(SentenceCues cues) {
        String text = cues.text();
        // every shape needs a footnote opening or a year at the end; most sentences have neither, and both are
        // decided without scanning the sentence (this runs on every sentence of every document, in two services)
        boolean opening = FOOTNOTE_OPENING.matcher(text).lookingAt();
        boolean yearAtEnd = mayEndWithYear(text) && YEAR_AT_END.matcher(text).find();
        if (!opening && !yearAtEnd) {
            return false;
        }
        boolean markers = REFERENCE_MARKERS.matcher(text).find();
        boolean shaped = opening && (yearAtEnd || markers || TITLE_THEN_COMMA.matcher(text).find())
                || markers && yearAtEnd || yearAtEnd && TITLE_TAIL.matcher(text).find();
        // a sentence the page's footnote ran into ("... capable of 11 OECD, “Health at a glance”, Web Page, (2015).")
        // is cut off and ends in a citation body (R4), whatever verb the sentence part has
        boolean glued = yearAtEnd && WEB_REFERENCE.matcher(text).find();
        return shaped && !hasFiniteVerb(cues) || glued;
    }

    /** {@link #YEAR_AT_END} can only match where the text ends in a digit or ")" before spaces and a full stop. */
    private static boolean mayEndWithYear(String text) {
        int end = text.length() - 1;
        while (end >= 0 && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end >= 0 && text.charAt(end) == '.') {
            end--;
        }
        while (end >= 0 && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return end >= 0 && (Character.isDigit(text.charAt(end)) || text.charAt(end) == ')');
    }

    private static boolean hasFiniteVerb(SentenceCues cues) {
        if (cues.pastVerbs() > 0 || cues.perfect() > 0) {
            return true;
        }
        String[] words = cues.lowerTokens();
        for (int i = 0; i < words.length; i++) {
            // "May" in a date is the month
            if (FINITE.contains(words[i]) && !("may".equals(words[i]) && cues.tokens().get(i).capitalised())) {
                return true;
            }
        }
        return false;
    }
}
