package io.policylens.documents.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds structure in plain text: blank lines and sentence-final line ends separate blocks, bullet
 * lines ("– ", "• ", "- ", "1.") are list items, short title-case lines are headings. Line content is
 * kept character for character (hard-wrapped lines stay wrapped) so that sentences remain exact
 * substrings of what was submitted.
 */
public final class PlainTextNormaliser {

    /** List markers kept in the text but excluded from the item's content. */
    private static final Pattern BULLET = Pattern.compile(
            "^(\\s*)([-–—•·*▪◦✔✓➢►○]|\\(?\\d{1,2}[.)]|\\(?[a-z][.)]|\\([ivx]{1,4}\\))\\s+(?=\\S)");

    /** A line that ends a sentence (or a heading-like label) cannot be followed by its own continuation. */
    private static final Pattern LINE_END = Pattern.compile("[.!?:;\"”’)\\]]\\d{0,3}\\s*$");

    /** A line ending in a title, initial or "e.g." continues on the next line: "Dr.\nKim", "John F.\nKennedy". */
    private static final Pattern OPEN_ABBREVIATION = Pattern.compile(
            "(?:^|[\\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Amb|Gov|Lt|Col|Capt|St|No|Nos|vs|cf|e\\.g|i\\.e|\\p{Lu})"
                    + "\\.$");

    /** Hard-wrapped text has no line longer than this. */
    private static final int MAX_WRAP_WIDTH = 100;

    public List<TextBlock> blocks(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int wrapWidth = wrapWidth(lines);
        List<TextBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int markerLength = 0;
        int level = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = stripTrailing(lines[i]);
            if (line.isEmpty()) {
                if (continuesAfterBlankLines(current, lines, i)) {
                    current.add(line); // a PDF page or column break inside a sentence: the blank lines stay in the text
                } else {
                    flush(blocks, current, markerLength, level);
                }
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            boolean isBullet = bullet.find();
            boolean startsNew = current.isEmpty() || isBullet
                    || endsBlock(current.get(current.size() - 1), line, wrapWidth)
                    || (current.size() == 1 && markerLength == 0 && isHeadingLike(current.get(0), line));
            if (startsNew) {
                flush(blocks, current, markerLength, level);
                markerLength = 0;
                level = 0;
                if (isBullet) {
                    // the leading indentation is dropped; the marker stays in the text
                    line = line.substring(bullet.group(1).length());
                    markerLength = bullet.end() - bullet.group(1).length();
                    level = 1 + bullet.group(1).length() / 2;
                } else {
                    line = stripLeading(line);
                }
            }
            current.add(line);
        }
        flush(blocks, current, markerLength, level);
        return blocks;
    }

    /**
     * Whether {@code line} ends its block before {@code next}. One-paragraph-per-line text ends a block at
     * every line that ends a sentence; a line continues when the next starts in lower case, when it ends
     * in a title or an initial, and in hard-wrapped text when it is as long as the wrap width.
     */
    private static boolean endsBlock(String line, String next, int wrapWidth) {
        if (!endsLikeSentence(line)) {
            return false;
        }
        String following = stripLeading(next);
        if (!following.isEmpty() && Character.isLowerCase(following.codePointAt(0))) {
            return false;
        }
        if (OPEN_ABBREVIATION.matcher(line).region(Math.max(0, line.length() - 8), line.length())
                .useAnchoringBounds(false).find()) {
            return false;
        }
        return wrapWidth == 0 || line.length() < wrapWidth * 3 / 4;
    }

    /**
     * Whether the block open before the blank line at {@code blank} goes on after it: PDF conversions break
     * sentences at page and column ends ("... for the year ahead, 5" / blank / "unchanged over ..."). True when the
     * block's last line does not end like a sentence and the next non-blank line starts in lower case.
     */
    private static boolean continuesAfterBlankLines(List<String> current, String[] lines, int blank) {
        if (current.isEmpty() || endsLikeSentence(current.get(current.size() - 1))) {
            return false;
        }
        for (int j = blank + 1; j < lines.length && j <= blank + 3; j++) {
            String next = stripLeading(stripTrailing(lines[j]));
            if (!next.isEmpty()) {
                return Character.isLowerCase(next.codePointAt(0)) && !BULLET.matcher(lines[j]).find();
            }
        }
        return false;
    }

    /** {@link #LINE_END} on the end of the line only: scanning whole lines of running text is slow. */
    private static boolean endsLikeSentence(String line) {
        return LINE_END.matcher(line).region(Math.max(0, line.length() - 12), line.length())
                .useAnchoringBounds(false).find();
    }

    /**
     * The wrap width of hard-wrapped text (the longest line) or 0 when the text is not hard-wrapped: no
     * line is longer than {@link #MAX_WRAP_WIDTH} and at least three lines fill most of the width.
     */
    private static int wrapWidth(String[] lines) {
        int max = 0;
        for (String line : lines) {
            int length = line.stripTrailing().length();
            if (length > MAX_WRAP_WIDTH) {
                return 0;
            }
            max = Math.max(max, length);
        }
        int full = 0;
        for (String line : lines) {
            if (line.stripTrailing().length() >= max * 3 / 4) {
                full++;
            }
        }
        return full >= 3 && max >= 40 ? max : 0;
    }

    private static void flush(List<TextBlock> blocks, List<String> lines, int markerLength, int level) {
        if (lines.isEmpty()) {
            return;
        }
        String content = strip(String.join("\n", lines));
        lines.clear();
        if (content.isEmpty()) {
            return;
        }
        BlockKind kind = markerLength > 0 ? BlockKind.LIST_ITEM
                : (!content.contains("\n") && HeadingHeuristics.looksLikeHeading(content) ? BlockKind.HEADING
                : BlockKind.PARAGRAPH);
        blocks.add(new TextBlock(kind, content, Math.min(markerLength, content.length()), level));
    }

    /** A short title-case line followed by a capitalised line is a heading, not the start of a paragraph. */
    private static boolean isHeadingLike(String previous, String next) {
        String trimmed = next.stripLeading();
        return !trimmed.isEmpty() && Character.isUpperCase(trimmed.codePointAt(0))
                && HeadingHeuristics.looksLikeHeading(previous);
    }

    /** Strips white space including no-break spaces (a scraped line of only "\u00a0" is blank). */
    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    private static String stripLeading(String line) {
        int start = 0;
        while (start < line.length() && isSpace(line.charAt(start))) {
            start++;
        }
        return line.substring(start);
    }

    private static String strip(String text) {
        return stripLeading(stripTrailing(text));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
