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

    // Open-addressing table over (piece text without "##", continuation flag). A slot packs the key's hash
    // (high 32 bits) and its id (low 32 bits) in one long, and all key characters sit in one char pool, so a
    // lookup hashes a range of the sentence in place, allocates nothing and touches about two cache lines.
    private final long[] slots;
    private final int mask;
    private final char[] pool;
    private final int[] keyStart;
    private final int[] keyLength;
    private final boolean[] continuation;
    private final int longestPiece;
    private final int unknown;

    /** @param vocabulary piece strings indexed by id; must contain "[UNK]" */
    public WordPieceTokenizer(List<String> vocabulary) {
        int size = Integer.highestOneBit(Math.max(4, vocabulary.size() * 2)) << 1;
        this.slots = new long[size];
        this.mask = size - 1;
        this.keyStart = new int[vocabulary.size()];
        this.keyLength = new int[vocabulary.size()];
        this.continuation = new boolean[vocabulary.size()];
        StringBuilder chars = new StringBuilder();
        int longest = 1;
        for (int id = 0; id < vocabulary.size(); id++) {
            String piece = vocabulary.get(id);
            boolean inner = piece.startsWith(CONTINUATION) && piece.length() > CONTINUATION.length();
            String key = inner ? piece.substring(CONTINUATION.length()) : piece;
            keyStart[id] = chars.length();
            keyLength[id] = key.length();
            continuation[id] = inner;
            chars.append(key);
            longest = Math.max(longest, key.length());
        }
        this.pool = chars.toString().toCharArray();
        for (int id = 0; id < vocabulary.size(); id++) {
            String key = vocabulary.get(id).substring(continuation[id] ? CONTINUATION.length() : 0);
            if (find(key, 0, key.length(), continuation[id]) < 0) { // the first of duplicate pieces wins
                int hash = hash(key, 0, key.length(), continuation[id]);
                int slot = hash & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = (long) hash << 32 | id;
            }
        }
        this.longestPiece = longest;
        this.unknown = find("[UNK]", 0, 5, false);
        if (unknown < 0) {
            throw new IllegalArgumentException("vocabulary has no [UNK] piece");
        }
    }

    /** Id of the piece text[from, to) (a "##" piece when {@code inner}), or -1. */
    private int find(String text, int from, int to, boolean inner) {
        int hash = hash(text, from, to, inner);
        int length = to - from;
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if ((int) (entry >>> 32) == hash) {
                int id = (int) entry;
                if (keyLength[id] == length && continuation[id] == inner
                        && sameChars(text, from, keyStart[id], length)) {
                    return id;
                }
            }
        }
        return -1;
    }

    private boolean sameChars(String text, int from, int start, int length) {
        for (int i = 0; i < length; i++) {
            if (text.charAt(from + i) != pool[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** Never 0, so a zero slot means empty. */
    private static int hash(String text, int from, int to, boolean inner) {
        int h = inner ? 0x9e3779b9 : 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ text.charAt(i)) * 0x01000193;
        }
        h ^= h >>> 15;
        return h == 0 ? 1 : h;
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
