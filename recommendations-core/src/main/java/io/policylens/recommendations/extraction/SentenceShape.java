package io.policylens.recommendations.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a sentence that matter before looking for cues: a list marker that is not part of the
 * unit (R2), a lead-in label kept with the first sentence of a list item ("Expand Supply Chain Security
 * Partnerships: ..."), a heading line glued before a numbered item, and whether the sentence can be a recommendation at
 * all (R4: not a heading, a question, a list lead-in ending in a colon, or a sentence cut off by the excerpt), and a
 * bold run-in heading glued to the sentence ("**Empower workers.** The plan ensures ..."), which outside a list of
 * proposals is a heading (R4): only the words after it are judged. In a list of proposals the bold sentence is the
 * proposal.
 */
record SentenceShape(int contentStart, int labelEnd, int bodyStart, boolean eligible) {

    private static final Pattern LABEL = Pattern.compile("^([^.:;!?\\n]{3,100}):[*_]*\\s+(?=\\S)");
    /** "**Heading.** Text", "**Heading**. Text": a complete bold sentence followed by more text. */
    private static final Pattern RUN_IN_HEADING = Pattern.compile("^(?:\\*\\*|__)"
            + "[^*_]{3,300}?(?:[.!?][\\s\\u00a0]*(?:\\*\\*|__)"
            + "|(?:\\*\\*|__)[.!?])[\\s\\u00a0]*(?=\\p{L})");
    /** "Objects of the Act\n3.1 Amend ...": a heading line the text pipeline glued before a numbered item (R2). */
    private static final Pattern GLUED_HEADING_LINE = Pattern.compile("^[^\\n.!?:;"
            + "]{3,100}\\n\\s*(?=(?:\\d{1,2}(?:\\.\\d{1,2})+\\.?"
            + "|\\(?\\d{1,2}[.)])\\s+\\p{Lu})");
    private static final Pattern ORDINAL = Pattern.compile("^(?:(?:First|Second|Third|Fourth|Fifth|Finally|Lastly|Next|"
            + "Also|"
            + "Additionally|Further|Furthermore|Moreover|In\\s+addition|Similarly|Likewise|Third|Sixth),?\\s+)");
    private static final Pattern TERMINAL = Pattern.compile("[.!;…]['\"’”)\\]*_]*(?:\\[?\\d{1,3}\\]?)?\\s*$");

    /**
     * @param mustEnd true when the sentence has to end with final punctuation to count: the last one of an
     *                excerpt (else cut off), or a paragraph of its own (else a caption or a title, R4)
     * @param runInHeadings true when a bold run-in heading is a heading, not a proposal (outside lists of proposals)
     */
    static SentenceShape of(String text, boolean listItem, boolean mustEnd, boolean runInHeadings) {
        int contentStart = DocumentContext.markerLength(text);
        Matcher glued = GLUED_HEADING_LINE.matcher(text);
        if (contentStart == 0 && glued.find()) {
            contentStart = glued.end() + DocumentContext.markerLength(text.substring(glued.end()));
        }
        String content = text.substring(contentStart);
        String trimmed = content.strip();
        boolean possible = !trimmed.isEmpty() && !trimmed.endsWith(":") && !endsWithQuestion(trimmed)
                && Words.countWords(trimmed) >= 3;
        // List items are often fragments without final punctuation; paragraphs without it are headings or cut off.
        boolean eligible = possible && (listItem || !looksLikeHeading(trimmed)
                && !Character.isLowerCase(trimmed.charAt(0))
                && !(mustEnd && !TERMINAL.matcher(trimmed).find()));
        int labelEnd = -1;
        Matcher label = LABEL.matcher(content);
        if (label.find() && Words.countWords(label.group(1)) <= 12) {
            labelEnd = contentStart + label.end();
        }
        Matcher runIn = RUN_IN_HEADING.matcher(content);
        int bodyStart = runInHeadings && runIn.find() ? contentStart + runIn.end() : contentStart;
        return new SentenceShape(contentStart, labelEnd, bodyStart, eligible);
    }

    /** Where the words proposing the action start: after the marker, a label and an ordinal ("First, ..."). */
    int actionStart(String text) {
        int start = Math.max(labelEnd >= 0 ? labelEnd : contentStart, bodyStart);
        Matcher ordinal = ORDINAL.matcher(text.substring(start));
        return ordinal.find() ? start + ordinal.end() : start;
    }

    /** A question once closing quotes, brackets, footnote digits and spaces are set aside ("Why not?” 12"). */
    static boolean endsWithQuestion(String text) {
        int end = text.length();
        while (end > 0 && closesAQuestion(text.charAt(end - 1))) {
            end--;
        }
        return end > 0 && text.charAt(end - 1) == '?';
    }

    /** What may follow the question mark: the character class ['"’”)\]\d\s] of java.util.regex, without a regex. */
    private static boolean closesAQuestion(char c) {
        return switch (c) {
            case '\'', '"', '’', '”', ')', ']', ' ', '\t', '\n', '\u000B', '\f', '\r' -> true;
            default -> c >= '0' && c <= '9';
        };
    }

    /** Title-case text without final punctuation, such as a heading glued into a paragraph. */
    private static boolean looksLikeHeading(String text) {
        if (TERMINAL.matcher(text).find() || text.endsWith("”") || text.endsWith("\"")) {
            return false;
        }
        String[] words = text.split("\\s+");
        int capitalised = 0;
        for (String word : words) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                capitalised++;
            }
        }
        return words.length <= 4 || capitalised * 10 >= words.length * 6;
    }
}
