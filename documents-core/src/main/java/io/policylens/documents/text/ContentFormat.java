package io.policylens.documents.text;

import java.util.Locale;

/** The formats a document can be submitted in. */
public enum ContentFormat {
    TEXT, HTML, MARKDOWN;

    /** Guesses the format from a file name; plain text when the extension is unknown. */
    public static ContentFormat fromFileName(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return HTML;
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MARKDOWN;
        }
        return TEXT;
    }

    /** Maps a media type such as {@code text/html; charset=utf-8} to a format, or null when unsupported. */
    public static ContentFormat fromMediaType(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        String base = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (base) {
            case "text/plain" -> TEXT;
            case "text/html", "application/xhtml+xml" -> HTML;
            case "text/markdown", "text/x-markdown" -> MARKDOWN;
            default -> null;
        };
    }
}
