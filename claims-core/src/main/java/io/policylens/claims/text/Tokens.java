package io.policylens.claims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deliberately simple word tokenizer shared by the model features and the cue detectors, so that
 * training and extraction see exactly the same tokens. Letters, digits and inner apostrophes, periods
 * and commas (for "U.S.", "don't", "1,000", "2.8") stay inside a token; everything else splits.
 */
public final class Tokens {

    private Tokens() {
    }

    /** A token with its offsets into the tokenized string. */
    public record Token(String text, int start, int end) {

        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        public boolean numeric() {
            return Character.isDigit(text.charAt(0));
        }

        public boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '$' || c == '%' || c == '?' || c == '€' || c == '£' || c == '₩' || c == '¥') {
                    tokens.add(new Token(String.valueOf(c), i, i + 1));
                }
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < length) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if (isJoiner(d) && i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1))
                        && joinerFits(d, text.charAt(i - 1), text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            // keep the final period of abbreviations such as "U.S." attached
            if (i < length && text.charAt(i) == '.' && i - start >= 2 && text.charAt(i - 2) == '.') {
                i++;
            }
            tokens.add(new Token(text.substring(start, i), start, i));
        }
        return tokens;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '.' || c == ',';
    }

    /** Commas and periods join digits ("1,000", "2.8") and periods join single letters ("U.S"). */
    private static boolean joinerFits(char joiner, char before, char after) {
        if (joiner == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        if (joiner == '.') {
            return Character.isDigit(before) && Character.isDigit(after)
                    || Character.isUpperCase(before) && Character.isUpperCase(after);
        }
        return Character.isLetter(before) && Character.isLetter(after);
    }
}
