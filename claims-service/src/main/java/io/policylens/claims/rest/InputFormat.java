package io.policylens.claims.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import io.policylens.documents.text.ContentFormat;

import java.util.Locale;

/** The text formats POST /claims/extract accepts, in their lower-case JSON form. */
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
}
