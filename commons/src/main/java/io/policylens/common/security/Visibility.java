package io.policylens.common.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Who may see a document and everything extracted from it. */
public enum Visibility {
    /** every authenticated caller */
    PUBLIC,
    /** only the owner organisation (plus internal services and administrators) */
    PARTNER;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Visibility parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "public" -> PUBLIC;
            case "partner" -> PARTNER;
            default -> throw new IllegalArgumentException("visibility must be 'public' or 'partner'");
        };
    }
}
