package io.policylens.documents.text;

import java.util.Set;

/** Decides whether a line of plain text reads like a heading or title rather than prose. */
public final class HeadingHeuristics {

    private static final int MAX_HEADING_LENGTH = 150;

    /** Words that stay lower case in title case. */
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "for",
            "to", "in", "on", "at", "by", "with", "from", "as", "vs", "vs.", "via", "into", "over", "per", "is", "are",
            "its", "than", "up", "out", "off", "about", "be", "so");

    /** A title never ends on an article, a conjunction or these prepositions; a hard-wrapped line often does. */
    private static final Set<String> NEVER_LAST = Set.of("a", "an", "the", "and", "or", "nor", "of", "with", "from",
            "by", "at", "than", "its", "their");

    private HeadingHeuristics() {
    }

    public static boolean looksLikeHeading(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_HEADING_LENGTH || text.contains("\n")) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            return false;
        }
        String[] words = text.split("\\s+");
        if (NEVER_LAST.contains(stripPunctuation(words[words.length - 1]).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int considered = 0;
        int capitalised = 0;
        for (String word : words) {
            String core = stripPunctuation(word);
            if (core.isEmpty() || !Character.isLetter(core.codePointAt(0))) {
                continue;
            }
            if (MINOR_WORDS.contains(core.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            considered++;
            if (Character.isUpperCase(core.codePointAt(0))) {
                capitalised++;
            }
        }
        return considered > 0 && capitalised * 10 >= considered * 8;
    }

    private static String stripPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }
}
