package io.policylens.documents.contract;

import io.policylens.documents.text.ContentFormat;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

/**
 * The one rule for the {@code format} of a request that carries text: a document submission (JSON or upload), the
 * extract endpoints of claims- and recommendations-service, whose bodies the gateway validates too. Accepted are
 * text, html and markdown, and the aliases plain, txt and md, in any case and with surrounding white space. A request
 * keeps the value as a string marked {@link Accepted}: a bad value is then the usual validation problem naming the
 * field, where a failed enum conversion would be a JSON problem without it.
 */
public final class InputFormat {

    /** The violation message, and the detail of a bad value. */
    public static final String MESSAGE = "must be text, html or markdown";

    /** What every format field's OpenAPI description ends with, after the field's own words. */
    public static final String ACCEPTED = ": text, html or markdown (also plain, txt or md; any case)";

    /** The OpenAPI description of an upload's format part, which documents-service and the gateway both take. */
    public static final String UPLOAD_PART = "Format of the file" + ACCEPTED
            + "; when absent or blank, the part's content type or file name decides";

    private InputFormat() {
    }

    /** The format a valid value names; an unknown value is an {@link IllegalArgumentException}. */
    public static ContentFormat parse(String value) {
        String name = lookUp(value);
        if (name == null) {
            throw new IllegalArgumentException("format " + MESSAGE);
        }
        return ContentFormat.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** As {@link #parse}, with plain text when no format is given (the default of the extract endpoints). */
    public static ContentFormat parseOrText(String value) {
        return value == null ? ContentFormat.TEXT : parse(value);
    }

    /** The name a format has in requests and responses: the lower-case constant. */
    public static String label(ContentFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The name (text, html, markdown) a value stands for, or null. Strings only: the gateway validates formats
     * without documents-core on its class path, so the check must not touch {@link ContentFormat}.
     */
    private static String lookUp(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "text", "plain", "txt" -> "text";
            case "html" -> "html";
            case "markdown", "md" -> "markdown";
            default -> null;
        };
    }

    /** A string that names an input format, or null (use {@code @NotNull} where the format is required). */
    @Documented
    @Constraint(validatedBy = Check.class)
    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Accepted {

        String message() default MESSAGE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Accepted} with the same lookup {@link #parse} uses, so the two cannot disagree. */
    public static final class Check implements ConstraintValidator<Accepted, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || lookUp(value) != null;
        }
    }
}
