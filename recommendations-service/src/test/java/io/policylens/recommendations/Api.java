package io.policylens.recommendations;

import io.policylens.testing.TestTokens;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Callers used across the tests: two partner organisations, internal analysts and an administrator. */
final class Api {

    static final String PARTNER_A = "partner-a";
    static final String PARTNER_B = "partner-b";

    private Api() {
    }

    static RequestSpecification as(String organisation, String... roles) {
        return given().header("Authorization",
                        TestTokens.bearer("user-" + String.join("-", roles), organisation, roles));
    }

    static RequestSpecification admin() {
        return as(null, "admin");
    }

    static RequestSpecification readerA() {
        return as(PARTNER_A, "reader");
    }

    static RequestSpecification analystA() {
        return as(PARTNER_A, "analyst");
    }

    static RequestSpecification readerB() {
        return as(PARTNER_B, "reader");
    }

    static RequestSpecification analystB() {
        return as(PARTNER_B, "analyst");
    }
}
