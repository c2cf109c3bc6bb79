package io.policylens.documents.annotation;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens (runs of letters and digits) and single punctuation tokens, keeping
 * offsets. Gazetteer and topic lookups walk these tokens, so "U.S." is [U, ., S, .] in both the text
 * and the alias list, and "Korea's" yields "Korea".
 */
final class Tokens {

    final String[] text;
    final int[] start;
    final int[] end;
    final int size;

    private Tokens(List<String> text, int[] start, int[] end, int size) {
        this.text = text.toArray(String[]::new);
        this.start = start;
        this.end = end;
        this.size = size;
    }

    static Tokens of(String input, int from, int to, boolean lowerCase) {
        List<String> words = new ArrayList<>();
        int[] starts = new int[Math.max(4, (to - from) / 3)];
        int[] ends = new int[starts.length];
        int count = 0;
        int i = from;
        while (i < to) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            if (Character.isLetterOrDigit(c)) {
                while (j < to && Character.isLetterOrDigit(input.charAt(j))) {
                    j++;
                }
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            String token = input.substring(i, j);
            words.add(lowerCase ? token.toLowerCase(java.util.Locale.ROOT) : token);
            starts[count] = i;
            ends[count] = j;
            count++;
            i = j;
        }
        return new Tokens(words, starts, ends, count);
    }

    static List<String> split(String phrase, boolean lowerCase) {
        Tokens tokens = of(phrase, 0, phrase.length(), lowerCase);
        return List.of(tokens.text);
    }
}
