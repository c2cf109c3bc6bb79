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

    public List<TextBlock> blocks(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<TextBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int markerLength = 0;
        int level = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = stripTrailing(lines[i]);
            if (line.isBlank()) {
                flush(blocks, current, markerLength, level);
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            boolean isBullet = bullet.find();
            boolean startsNew = current.isEmpty() || isBullet || endsBlock(current.get(current.size() - 1))
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
                    line = line.stripLeading();
                }
            }
            current.add(line);
        }
        flush(blocks, current, markerLength, level);
        return blocks;
    }

    private static boolean endsBlock(String line) {
        return LINE_END.matcher(line).find();
    }

    private static void flush(List<TextBlock> blocks, List<String> lines, int markerLength, int level) {
        if (lines.isEmpty()) {
            return;
        }
        String content = String.join("\n", lines).strip();
        lines.clear();
        if (content.isEmpty()) {
            return;
        }
        BlockKind kind = markerLength > 0 ? BlockKind.LIST_ITEM
                : (!content.contains("\n") && HeadingHeuristics.looksLikeHeading(content) ? BlockKind.HEADING : BlockKind.PARAGRAPH);
        blocks.add(new TextBlock(kind, content, Math.min(markerLength, content.length()), level));
    }

    /** A short title-case line followed by a capitalised line is a heading, not the start of a paragraph. */
    private static boolean isHeadingLike(String previous, String next) {
        String trimmed = next.stripLeading();
        return !trimmed.isEmpty() && Character.isUpperCase(trimmed.codePointAt(0)) && HeadingHeuristics.looksLikeHeading(previous);
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}
