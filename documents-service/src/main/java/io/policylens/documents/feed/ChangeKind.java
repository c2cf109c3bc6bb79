package io.policylens.documents.feed;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What happened to a document. */
public enum ChangeKind {
    CREATED, UPDATED, DELETED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
