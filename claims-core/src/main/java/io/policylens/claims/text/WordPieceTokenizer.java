package io.policylens.claims.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The BERT "uncased" tokenizer in plain Java: lowercase, strip accents, drop control characters, split on
 * whitespace and around every punctuation character, then cut each word greedily into the longest vocabulary
 * pieces ("##" marks a piece inside a word). The distilled token vectors were computed from a sentence
 * transformer fed by exactly this class, so training and extraction see the same pieces.
 */
public final class WordPieceTokenizer {

    private static final String CONTINUATION = "##";
    private static final int MAX_WORD_CHARS = 100;

    // open-addressing table keyed by (piece text without "##", continuation flag): lookups hash a range of the
    // sentence in place, so tokenizing allocates no substring per candidate piece
    private final String[] keys;
    private final boolean[] continuations;
    private final int[] values;
    private final int mask;
    private final int longestPiece;
    private final int unknown;

    /** @param vocabulary piece strings indexed by id; must contain "[UNK]" */
    public WordPieceTokenizer(List<String> vocabulary) {
        int size = Integer.highestOneBit(Math.max(4, vocabulary.size() * 3)) << 1;
        this.keys = new String[size];
        this.continuations = new boolean[size];
        this.values = new int[size];
        this.mask = size - 1;
        int longest = 1;
        for (int id = 0; id < vocabulary.size(); id++) {
            String piece = vocabulary.get(id);
            boolean continuation = piece.startsWith(CONTINUATION) && piece.length() > CONTINUATION.length();
            String key = continuation ? piece.substring(CONTINUATION.length()) : piece;
            if (find(key, 0, key.length(), continuation) < 0) {
                int slot = slot(key, 0, key.length(), continuation);
                keys[slot] = key;
                continuations[slot] = continuation;
                values[slot] = id;
                longest = Math.max(longest, key.length());
            }
        }
        this.longestPiece = longest;
        int unk = find("[UNK]", 0, 5, false);
        if (unk < 0) {
            throw new IllegalArgumentException("vocabulary has no [UNK] piece");
        }
        this.unknown = unk;
    }

    /** Id of the piece text[from, to) (a "##" piece when {@code continuation}), or -1. */
    private int find(String text, int from, int to, boolean continuation) {
        int slot = slot(text, from, to, continuation);
        return keys[slot] == null ? -1 : values[slot];
    }

    /** The slot holding the piece, or the empty slot where it would go. */
    private int slot(String text, int from, int to, boolean continuation) {
        int h = continuation ? 0x9e3779b9 : 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ text.charAt(i)) * 0x01000193;
        }
        h ^= h >>> 15;
        int slot = h & mask;
        int length = to - from;
        while (keys[slot] != null) {
            String key = keys[slot];
            if (continuations[slot] == continuation && key.length() == length && text.regionMatches(from, key, 0, length)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Piece ids of the text, without the [CLS]/[SEP] markers. */
    public int[] ids(String text) {
        String clean = normalise(text);
        int[] out = new int[Math.max(8, clean.length() / 3)];
        int n = 0;
        int length = clean.length();
        int wordStart = -1;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? clean.charAt(i) : ' ';
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            boolean punctuation = !space && isPunctuation(c);
            if (space || punctuation) {
                if (wordStart >= 0) {
                    out = ensure(out, n + (i - wordStart) + 1);
                    n = pieces(clean, wordStart, i, out, n);
                    wordStart = -1;
                }
                if (punctuation) {
                    out = ensure(out, n + 1);
                    int id = find(clean, i, i + 1, false);
                    out[n++] = id >= 0 ? id : unknown;
                }
            } else if (wordStart < 0) {
                wordStart = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Greedy longest-match-first; a word with an unmatchable rest becomes one [UNK], as in BERT. */
    private int pieces(String text, int start, int end, int[] out, int n) {
        if (end - start > MAX_WORD_CHARS) {
            out[n++] = unknown;
            return n;
        }
        int first = n;
        int from = start;
        while (from < end) {
            int to = Math.min(end, from + longestPiece);
            int id = -1;
            while (from < to) {
                id = find(text, from, to, from > start);
                if (id >= 0) {
                    break;
                }
                to--;
            }
            if (id < 0) {
                out[first] = unknown;
                return first + 1;
            }
            out[n++] = id;
            from = to;
        }
        return n;
    }

    /** Lowercase, accents stripped (NFD minus combining marks), control characters dropped. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 0x80;
        }
        if (ascii && noControl(lower)) {
            return lower;
        }
        String decomposed = ascii ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == 0 || c == 0xfffd
                    || Character.isISOControl(c) && !Character.isWhitespace(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean noControl(String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c < 0x20 || c == 0x7f) && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** ASCII symbols count as punctuation in BERT, besides the Unicode punctuation categories. */
    static boolean isPunctuation(char c) {
        if (c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || isCjk(c);
    }

    /** BERT puts spaces around CJK ideographs, so each is its own word. */
    private static boolean isCjk(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF;
    }

    private static int[] ensure(int[] array, int size) {
        return array.length >= size ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
    }
}
