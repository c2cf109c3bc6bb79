package io.policylens.documents.repository;

import io.policylens.common.http.RequestValues;

import java.util.List;

/**
 * PostgreSQL's text and jsonb cannot hold a NUL character (the statement would fail with "invalid byte sequence" or
 * "unsupported Unicode escape sequence"), so one can only come from a caller's input: a query parameter or a JSON
 * field. That is the caller's error (400), found before the statement runs, so the transaction writes nothing.
 */
final class StorableText {

    private StorableText() {
    }

    static String text(String value) {
        return RequestValues.storable(value);
    }

    static void texts(List<String> values) {
        if (values != null) {
            values.forEach(StorableText::text);
        }
    }

    /** JSON as written for a jsonb column: the escape jsonb refuses. */
    static String json(String value) {
        if (value != null && value.contains("\\u0000")) {
            throw RequestValues.nulCharacter();
        }
        return value;
    }
}
