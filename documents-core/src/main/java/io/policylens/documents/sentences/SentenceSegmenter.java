package io.policylens.documents.sentences;

import io.policylens.documents.text.Block;
import io.policylens.documents.text.BlockKind;
import io.policylens.documents.text.StructuredText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits each block of a structured text into sentences with exact offsets. A boundary is a
 * terminal mark (. ! ? …), optionally followed by closing quotes or brackets and a footnote marker,
 * then white space and a character that can start a sentence. Abbreviations (U.S., Dr., e.g., No.),
 * initials, decimals and numbered markers are not boundaries. Blocks never share a sentence.
 */
public final class SentenceSegmenter {

    /** Abbreviations after which a period does not end a sentence (compared lower-case, without the final dot). */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "mt",
            "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "gov", "sen", "rep", "amb", "pres", "hon", "rev",
            "para", "fig", "figs", "eq", "art", "sec", "ch", "ed", "eds", "approx", "vs", "v", "cf", "ca", "op",
            "e.g", "i.e", "viz");

    /**
     * Abbreviations that precede a number ("No. 5", "pp. 3-4", "Vol. 2"); followed by anything else they may end a
     * sentence.
     */
    private static final Set<String> NUMBER_ABBREVIATIONS = Set.of("no", "nos", "p", "pp", "vol", "vols");

    /**
     * Abbreviations that often end a sentence too ("Samsung Electronics Co. The", "etc. The"): like dotted
     * acronyms, a boundary only when the next word typically starts a sentence.
     */
    private static final Set<String> WEAK_ABBREVIATIONS = Set.of("inc", "corp", "co", "ltd", "llc", "plc", "bros",
            "etc", "al", "sr", "jr", "est", "dept", "univ", "assn", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "ibid", "min", "max", "avg", "govt", "intl", "natl");

    /**
     * Dotted acronyms (U.S., U.K., E.U.) end a sentence only when the next word typically starts one.
     */
    private static final Set<String> SENTENCE_STARTERS = Set.of("The", "This", "These", "That", "Those", "It", "Its",
            "In", "On", "At", "But", "However", "As", "A", "An", "We", "They", "He", "She", "There", "For", "While",
            "Although", "Yet", "So", "And", "If", "When", "With", "Meanwhile", "Moreover", "Furthermore", "Still",
            "Both", "Such", "Since", "After", "Before", "During", "Today", "Now", "Instead", "Thus", "Therefore",
            "Indeed", "Despite", "Many", "Most", "Some", "Each", "One", "Our", "Their", "His", "Her", "What", "How",
            "Why", "Under", "Over", "By", "From", "To", "Washington", "Seoul", "Beijing", "Tokyo");

    /**
     * No sentence is longer: a longer run without a boundary (a table flattened into one line, or hostile input
     * such as one 5 MB "sentence") is cut at white space. Real sentences stay far below it, and it bounds what
     * every per-sentence step downstream (tokens, entity and topic lookups, extractors) holds at once.
     */
    static final int MAX_SENTENCE_CHARS = 10_000;

    /** A section title is copied into every sentence below its heading, so an endless heading must not be. */
    static final int MAX_SECTION_CHARS = 500;

    public List<Sentence> segment(StructuredText structured) {
        return segment(structured, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #segment(StructuredText)}, but stops once more than {@code maxSentences} were found: a caller
     * that rejects such texts (a list of a million one-word items) learns it without paying for them all.
     */
    public List<Sentence> segment(StructuredText structured, int maxSentences) {
        String text = structured.text();
        List<Sentence> sentences = new ArrayList<>();
        String section = null;
        List<Block> blocks = structured.blocks();
        for (int b = 0; b < blocks.size() && sentences.size() <= maxSentences; b++) {
            Block block = blocks.get(b);
            if (block.kind() == BlockKind.HEADING) {
                int[] span = trim(text, block.contentStart(), block.end());
                for (int[] piece : capped(text, span[0] < span[1] ? List.of(span) : List.of())) {
                    sentences.add(new Sentence(sentences.size(), piece[0], piece[1], text.substring(piece[0], piece[1]),
                            b, BlockKind.HEADING, section));
                }
                section = span[0] < span[1] ? text.substring(span[0],
                        cutPoint(text, span[0], span[1], MAX_SECTION_CHARS)) : section;
                continue;
            }
            int from = skipLeadingMarker(text, block.contentStart(), block.end());
            int limit = (int) Math.min(Integer.MAX_VALUE, (long) maxSentences - sentences.size() + 1);
            for (int[] span : capped(text, splitBlock(text, from, block.end(), limit))) {
                sentences.add(new Sentence(sentences.size(), span[0], span[1], text.substring(span[0], span[1]), b,
                        block.kind(), section));
            }
        }
        return sentences;
    }

    /** Numbered paragraphs ("70. ") start with a marker that is not part of the sentence. */
    private static int skipLeadingMarker(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        int digits = i;
        while (digits < to && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > i && digits - i <= 3 && digits + 1 < to && text.charAt(digits) == '.'
                && text.charAt(digits + 1) == ' ' && digits + 2 < to
                && Character.isUpperCase(text.charAt(digits + 2))) {
            return digits + 2;
        }
        return i;
    }

    List<int[]> splitBlock(String text, int from, int to) {
        return splitBlock(text, from, to, Integer.MAX_VALUE);
    }

    /** The block's sentences, at most {@code limit} of them. */
    private List<int[]> splitBlock(String text, int from, int to, int limit) {
        List<int[]> spans = new ArrayList<>();
        int sentenceStart = from;
        int i = from;
        while (i < to && spans.size() < limit) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = endOfTerminal(text, i, to);
                int next = skipWhitespace(text, end, to);
                if (end < to && next > end && next < to && isBoundary(text, sentenceStart, i, end, next)) {
                    addTrimmed(spans, text, sentenceStart, end);
                    sentenceStart = next;
                    i = next;
                    continue;
                }
                i = Math.max(end, i + 1);
                continue;
            }
            i++;
        }
        if (spans.size() < limit) {
            addTrimmed(spans, text, sentenceStart, to);
        }
        return spans;
    }

    /** Extends a terminal mark over repeated marks, closing quotes/brackets and a footnote marker. */
    private static int endOfTerminal(String text, int i, int to) {
        int end = i + 1;
        while (end < to && (isTerminal(text.charAt(end)) || isCloser(text.charAt(end)))) {
            end++;
        }
        if (end < to && text.charAt(end) == '[') { // bracketed reference: "...flows.[130]"
            // looked for only where it may be: searching the whole rest of the text at every "[" was quadratic
            int close = indexOf(text, ']', end + 1, Math.min(to, end + 6));
            if (close > end + 1
                    && text.substring(end + 1, close).chars().allMatch(Character::isDigit)) {
                return close + 1;
            }
        }
        int digits = end;
        while (digits < to && digits - end < 3 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        // bare footnote digits glued to the period of a word or a year: "...weapons programs.218 The",
        // "...signed in 1972.217 Next" (a decimal such as "3.5" is never followed by a capitalised word here)
        if (digits > end && text.charAt(i) == '.' && i > 0
                && (!Character.isDigit(text.charAt(i - 1)) || endsWithYear(text, i))) {
            int next = skipWhitespace(text, digits, to);
            if (next > digits && next < to && Character.isUpperCase(text.charAt(next))) {
                return digits;
            }
        }
        return end;
    }

    /** Spans longer than {@link #MAX_SENTENCE_CHARS} cut into pieces at white space (trimmed, never empty). */
    private static List<int[]> capped(String text, List<int[]> spans) {
        List<int[]> out = null;
        for (int k = 0; k < spans.size(); k++) {
            int[] span = spans.get(k);
            if (span[1] - span[0] <= MAX_SENTENCE_CHARS && out == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans.subList(0, k));
            }
            int start = span[0];
            while (span[1] - start > MAX_SENTENCE_CHARS) {
                int cut = cutPoint(text, start, span[1], MAX_SENTENCE_CHARS);
                addTrimmed(out, text, start, cut);
                start = skipWhitespace(text, cut, span[1]);
            }
            addTrimmed(out, text, start, span[1]);
        }
        return out == null ? spans : out;
    }

    /**
     * Where to end a piece of at most {@code max} characters that starts at {@code from}: {@code to} when it fits,
     * else the last white space in the second half of the allowance, else the allowance itself (never between the
     * two halves of a surrogate pair).
     */
    private static int cutPoint(String text, int from, int to, int max) {
        if (to - from <= max) {
            return to;
        }
        int end = from + max;
        for (int i = end; i > from + max / 2; i--) {
            if (isSpace(text.charAt(i - 1))) {
                return i - 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }

    private static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the four characters before {@code mark} are a year (1500-2099) standing alone. */
    private static boolean endsWithYear(String text, int mark) {
        if (mark < 4) {
            return false;
        }
        if (mark >= 5) {
            char before = text.charAt(mark - 5);
            if (Character.isLetterOrDigit(before) || before == '.' || before == ',') {
                return false;
            }
        }
        int year = 0;
        for (int k = mark - 4; k < mark; k++) {
            char c = text.charAt(k);
            if (!Character.isDigit(c)) {
                return false;
            }
            year = year * 10 + (c - '0');
        }
        return year >= 1500 && year <= 2099;
    }

    private boolean isBoundary(String text, int sentenceStart, int mark, int end, int next) {
        char following = text.charAt(next);
        if (!canStartSentence(following)) {
            return false;
        }
        if (text.charAt(mark) != '.' || isCloser(text.charAt(mark + 1))) {
            return true;
        }
        String word = wordBefore(text, sentenceStart, mark);
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return false;
        }
        if (NUMBER_ABBREVIATIONS.contains(lower)) {
            return !Character.isDigit(following);
        }
        if (WEAK_ABBREVIATIONS.contains(lower)) {
            return SENTENCE_STARTERS.contains(nextWord(text, next));
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "John F. Kennedy"
        }
        if (isDottedAcronym(word)) {
            return SENTENCE_STARTERS.contains(nextWord(text, next));
        }
        return true;
    }

    private static boolean canStartSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\''
                || c == '(' || c == '[' || c == '–' || c == '—' || c == '•' || c == '¿';
    }

    /** The token right before a period, including inner dots: "U.S" for "U.S.", "e.g" for "e.g.". */
    private static String wordBefore(String text, int sentenceStart, int mark) {
        int start = mark;
        while (start > sentenceStart && (Character.isLetterOrDigit(text.charAt(start - 1))
                || text.charAt(start - 1) == '.')) {
            start--;
        }
        return text.substring(start, mark);
    }

    private static boolean isDottedAcronym(String word) {
        return word.length() >= 3 && word.contains(".") && word.chars().allMatch(ch -> ch == '.'
                || Character.isLetter(ch))
                && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String nextWord(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    /** White space including no-break spaces, which scraped text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int skipWhitespace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int[] trim(String text, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    private static void addTrimmed(List<int[]> spans, String text, int from, int to) {
        int[] span = trim(text, from, to);
        if (span[0] < span[1]) {
            spans.add(span);
        }
    }
}
