package io.policylens.cli;

import io.policylens.documents.text.ContentFormat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a sentence in a document's original content.
 * <ol>
 *   <li>exact occurrence nearest to a hint position;</li>
 *   <li>the same on a folded view that ignores whitespace and case, folds curly quotes, dashes and
 *       ligatures, drops soft hyphens and, for HTML, tags and entities (and for Markdown emphasis marks);</li>
 *   <li>anchors: the folded first and last characters of the sentence found close to each other.</li>
 * </ol>
 */
final class SpanLocator {

    private static final int ANCHOR = 30;
    private static final int MIN_ANCHOR = 8;
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "'"), Map.entry("lsquo", "'"),
            Map.entry("rdquo", "\""), Map.entry("ldquo", "\""), Map.entry("ndash", "-"), Map.entry("mdash", "-"),
            Map.entry("hellip", "..."), Map.entry("shy", ""), Map.entry("zwj", ""), Map.entry("zwnj", ""));

    private final String original;
    private final ContentFormat format;
    /** folded view of the original */
    private final String folded;
    /** for every folded character, the index of the original character it comes from */
    private final int[] foldedToOriginal;
    /** for every original index (and the end), the first folded index at or after it */
    private final int[] originalToFolded;

    SpanLocator(String original, ContentFormat format) {
        this.original = original;
        this.format = format == null ? ContentFormat.TEXT : format;
        StringBuilder view = new StringBuilder(original.length());
        int[] map = new int[original.length() * 3 + 8];
        int[] back = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            int next = i + 1;
            String emitted;
            char c = original.charAt(i);
            if (this.format == ContentFormat.HTML && c == '<') {
                int close = original.indexOf('>', i);
                if (close > 0 && close - i < 2000) {
                    next = close + 1;
                    emitted = "";
                } else {
                    emitted = fold(c);
                }
            } else if (this.format == ContentFormat.HTML && c == '&') {
                int semi = original.indexOf(';', i);
                String decoded = semi > i && semi - i <= 10 ? entity(original.substring(i + 1, semi)) : null;
                if (decoded != null) {
                    next = semi + 1;
                    emitted = foldString(decoded);
                } else {
                    emitted = fold(c);
                }
            } else {
                emitted = fold(c);
            }
            for (int k = i; k < next; k++) {
                back[k] = view.length();
            }
            for (int k = 0; k < emitted.length(); k++) {
                if (view.length() >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                map[view.length()] = i;
                view.append(emitted.charAt(k));
            }
            i = next;
        }
        back[original.length()] = view.length();
        this.folded = view.toString();
        this.foldedToOriginal = java.util.Arrays.copyOf(map, Math.max(1, view.length()));
        this.originalToFolded = back;
    }

    String original() {
        return original;
    }

    /**
     * @param text the sentence to find
     * @param hint expected start offset in the original content (occurrences nearest to it win)
     */
    Optional<Span> locate(String text, int hint) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        int clampedHint = Math.max(0, Math.min(hint, original.length()));
        int exact = nearest(original, text, clampedHint);
        if (exact >= 0) {
            return Optional.of(new Span(exact, exact + text.length()));
        }
        String query = foldString(text);
        if (query.isEmpty()) {
            return Optional.empty();
        }
        int foldedHint = originalToFolded[clampedHint];
        int found = nearest(folded, query, foldedHint);
        if (found >= 0) {
            return Optional.of(toOriginal(found, found + query.length()));
        }
        int anchor = Math.min(ANCHOR, query.length() / 2);
        if (anchor < MIN_ANCHOR) {
            return Optional.empty();
        }
        String head = query.substring(0, anchor);
        String tail = query.substring(query.length() - anchor);
        int maxSpan = query.length() + query.length() / 2 + 40;
        int headAt = nearest(folded, head, foldedHint);
        if (headAt >= 0) {
            int tailAt = folded.indexOf(tail, headAt + anchor);
            if (tailAt >= 0 && tailAt + anchor - headAt <= maxSpan) {
                return Optional.of(toOriginal(headAt, tailAt + anchor));
            }
            int end = Math.min(folded.length(), headAt + query.length());
            return Optional.of(toOriginal(headAt, end));
        }
        int tailAt = nearest(folded, tail, foldedHint + query.length() - anchor);
        if (tailAt >= 0) {
            int start = Math.max(0, tailAt + anchor - query.length());
            return Optional.of(toOriginal(start, tailAt + anchor));
        }
        return Optional.empty();
    }

    private Span toOriginal(int foldedStart, int foldedEnd) {
        int start = foldedToOriginal[foldedStart];
        int end = foldedToOriginal[foldedEnd - 1] + 1;
        // an emitted character may come from a multi-character source (an entity or ligature): take all of it
        while (end < original.length() && originalToFolded[end] == foldedEnd - 1) {
            end++;
        }
        return new Span(start, Math.max(start, end));
    }

    private String fold(char c) {
        if (format == ContentFormat.MARKDOWN && (c == '*' || c == '_' || c == '`')) {
            return "";
        }
        return foldChar(c);
    }

    private String foldString(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            sb.append(fold(text.charAt(k)));
        }
        return sb.toString();
    }

    static String foldChar(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return "";
        }
        return switch (c) {
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> "";
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> "'";
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> "\"";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
            case '\u2026' -> "...";
            case '\uFB00' -> "ff";
            case '\uFB01' -> "fi";
            case '\uFB02' -> "fl";
            case '\uFB03' -> "ffi";
            case '\uFB04' -> "ffl";
            default -> String.valueOf(Character.toLowerCase(c));
        };
    }

    private static String entity(String name) {
        if (name.isEmpty()) {
            return null;
        }
        if (name.charAt(0) == '#') {
            try {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name.toLowerCase(Locale.ROOT));
    }

    /** The occurrence of needle in haystack whose start is nearest to hint, or -1. */
    static int nearest(String haystack, String needle, int hint) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return best;
            }
            int distance = Math.abs(at - hint);
            if (distance < bestDistance) {
                best = at;
                bestDistance = distance;
            } else if (at > hint) {
                return best; // occurrences only get farther from here on
            }
            from = at + 1;
        }
    }
}
