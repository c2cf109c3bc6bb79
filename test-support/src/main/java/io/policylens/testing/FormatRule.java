package io.policylens.testing;

import io.policylens.common.problem.Problem;
import io.policylens.documents.contract.InputFormat;
import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** The answer every service and the gateway give a request whose format is not one ({@link InputFormat}). */
public final class FormatRule {

    private FormatRule() {
    }

    /** Asserts the validation problem naming the field {@code format}. */
    public static ValidatableResponse assertBadFormat(ValidatableResponse response) {
        return response.statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo(Problem.TYPE_BASE + "validation"))
                .body("errors.field", hasItem("format"))
                .body("detail", containsString("format: " + InputFormat.MESSAGE));
    }
}
