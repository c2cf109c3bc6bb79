package io.policylens.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Problem details for JSON that does not fit the expected shape, in the API's terms ("the body must be a JSON
 * object", "'authors' must be an array"). Jackson's own messages name the Java classes the body is bound to,
 * which tell a client nothing it can act on and reveal internals.
 */
final class JsonShapes {

    /** A qualified Java type name as Jackson quotes it, e.g. `io.policylens.claims.contract.ClaimReviewRequest`. */
    private static final Pattern QUOTED_TYPE = Pattern.compile("`[a-zA-Z_$][\\w$]*(\\.[\\w$<>\\[\\], ]+)+`");

    private JsonShapes() {
    }

    static String describe(MismatchedInputException e) {
        String where = path(e);
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("No content to map")) {
            return "the request body is empty; a JSON object is expected";
        }
        String expected = e.getTargetType() == null ? "of another type" : kind(e.getTargetType());
        return where.isEmpty() ? "the body must be " + expected : "'" + where + "' must be " + expected;
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatched) {
            return describe(mismatched);
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            String where = path(instantiation);
            String reason = withoutTypeNames(instantiation.getCause().getMessage());
            return where.isEmpty() ? "invalid body: " + reason : "invalid value for '" + where + "': " + reason;
        }
        return "malformed JSON: " + withoutTypeNames(e.getOriginalMessage());
    }

    static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String kind(Class<?> type) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum() || type == Character.class || type == char.class
                || Temporal.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "a JSON object";
        }
        return "of another type";
    }

    private static String withoutTypeNames(String message) {
        return message == null ? "" : QUOTED_TYPE.matcher(message).replaceAll("a value");
    }
}
