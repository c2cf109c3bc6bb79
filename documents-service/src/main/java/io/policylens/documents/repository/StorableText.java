package io.policylens.documents.repository;

import io.policylens.common.problem.ProblemException;

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
        if (value != null && value.indexOf('\0') >= 0) {
            throw nul();
        }
        return value;
    }

    static void texts(List<String> values) {
        if (values != null) {
            values.forEach(StorableText::text);
        }
    }

    /** JSON as written for a jsonb column: the escape jsonb refuses. */
    static String json(String value) {
        if (value != null && value.contains("\\u0000")) {
            throw nul();
        }
        return value;
    }

    private static ProblemException nul() {
        return ProblemException.badRequest("a text value contains a NUL character, which cannot be stored or searched");
    }
}
