package io.policylens.common.http;

import io.policylens.common.problem.ProblemException;

import java.util.UUID;

/**
 * What every service does with the text values of a request (query parameters, optional JSON fields) before using
 * them: a blank value means "not given", and an id is a UUID. Query parameters stay strings and are validated with
 * {@link #UUID_PATTERN}: a failed JAX-RS conversion would answer 404 where a bad filter deserves a 400 problem.
 */
public final class RequestValues {

    /**
     * A UUID in its canonical text form, either case; a constant, so that {@code @Pattern(regexp =
     * ...)} can name it.
     */
    public static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private RequestValues() {
    }

    /** The value without surrounding white space, or null when it is null or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The UUID the value names, or null when it is null or blank; the value was validated with
     * {@link #UUID_PATTERN}.
     */
    public static UUID uuidOrNull(String value) {
        String id = blankToNull(value);
        return id == null ? null : UUID.fromString(id);
    }

    /**
     * The text, refused when it holds a NUL character: PostgreSQL's text and jsonb cannot (the statement would fail
     * with "invalid byte sequence"), so one can only come from a caller's input and is the caller's error, found
     * before any statement runs and so before the transaction writes anything.
     */
    public static String storable(String text) {
        if (containsNul(text)) {
            throw nulCharacter();
        }
        return text;
    }

    /** Whether a text holds a NUL character, which PostgreSQL's text cannot store. */
    public static boolean containsNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** The 400 problem for a text value with a NUL character. */
    public static ProblemException nulCharacter() {
        return ProblemException.badRequest(
                "a text value contains a NUL character, which cannot be stored or searched");
    }
}
