package io.policylens.documents.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.policylens.documents.text.ContentFormat;

import java.util.Locale;

/** The content formats the API accepts, in their lower-case JSON form. */
public enum InputFormat {
    TEXT(ContentFormat.TEXT), HTML(ContentFormat.HTML), MARKDOWN(ContentFormat.MARKDOWN);

    private final ContentFormat format;

    InputFormat(ContentFormat format) {
        this.format = format;
    }

    public ContentFormat toContentFormat() {
        return format;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static InputFormat parse(String value) {
        return switch (value == null ? "" : value.toLowerCase(Locale.ROOT)) {
            case "text", "plain", "txt" -> TEXT;
            case "html" -> HTML;
            case "markdown", "md" -> MARKDOWN;
            default -> throw new IllegalArgumentException("format must be text, html or markdown");
        };
    }
}
