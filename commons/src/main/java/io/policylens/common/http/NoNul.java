package io.policylens.common.http;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request's free text that a service stores (a review note, a tracking note) holds no NUL character. PostgreSQL's
 * text cannot, so the statement would fail with a 500; as a constraint it is the usual validation problem naming the
 * field, found before the resource method runs and so before anything is written. The gateway validates the same
 * request bodies (the contracts'), so the bad request never leaves the edge. Null passes (use {@code @NotNull} where
 * the text is required).
 */
@Documented
@Constraint(validatedBy = NoNul.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoNul {

    /** The violation message. */
    String MESSAGE = "must not contain a NUL character, which cannot be stored";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link NoNul} with {@link RequestValues#containsNul}, the test {@code storable} makes, as a violation. */
    final class Check implements ConstraintValidator<NoNul, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !RequestValues.containsNul(value);
        }
    }
}
