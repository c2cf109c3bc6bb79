package io.policylens.recommendations.extraction;

import java.util.Locale;
import java.util.Set;

/** Small word-level helpers over sentence text; offsets are plain string indices. */
final class Words {

    private Words() {
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }

    /**
     * Start of the word that ends at or before {@code pos} (skipping spaces), or -1 when a non-word character comes
     * first.
     */
    static int wordStartBefore(String text, int pos) {
        int i = pos;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int end = i;
        while (i > 0 && isWordChar(text.charAt(i - 1))) {
            i--;
        }
        return i == end ? -1 : i;
    }

    /** End of the word that starts at {@code start}. */
    static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Start of the next word at or after {@code pos} when only spaces lie between, else -1. */
    static int nextWordStart(String text, int pos) {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && isWordChar(text.charAt(i)) ? i : -1;
    }

    static String lower(String text, int start, int end) {
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The next word after {@code pos} in lower case, or "" when none follows directly. */
    static String nextWord(String text, int pos) {
        int start = nextWordStart(text, pos);
        return start < 0 ? "" : lower(text, start, wordEnd(text, start));
    }

    /**
     * Skips adverbs ("also", "further", "increasingly") after {@code pos}; returns the start of the next other word or
     * -1.
     */
    static int skipAdverbs(String text, int pos, Set<String> adverbs) {
        int at = pos;
        for (int guard = 0; guard < 4; guard++) {
            int start = nextWordStart(text, at);
            if (start < 0) {
                return -1;
            }
            int end = wordEnd(text, start);
            String word = lower(text, start, end);
            if (!adverbs.contains(word) && !(word.endsWith("ly") && word.length() > 4 && !word.equals("apply")
                    && !word.equals("supply") && !word.equals("rely") && !word.equals("comply"))) {
                return start;
            }
            at = end;
        }
        return -1;
    }

    static int countWords(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean word = !Character.isWhitespace(text.charAt(i));
            if (word && !inWord) {
                count++;
            }
            inWord = word;
        }
        return count;
    }
}
