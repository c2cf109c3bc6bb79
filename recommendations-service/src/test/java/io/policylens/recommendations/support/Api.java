package io.policylens.recommendations.support;

import io.policylens.testing.TestTokens;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Callers used across the tests: two partner organisations, internal analysts and an administrator. */
public final class Api {

    public static final String PARTNER_A = "partner-a";
    public static final String PARTNER_B = "partner-b";

    private Api() {
    }

    public static RequestSpecification as(String organisation, String... roles) {
        return given().header("Authorization",
                        TestTokens.bearer("user-" + String.join("-", roles), organisation, roles));
    }

    public static RequestSpecification admin() {
        return as(null, "admin");
    }

    public static RequestSpecification readerA() {
        return as(PARTNER_A, "reader");
    }

    public static RequestSpecification analystA() {
        return as(PARTNER_A, "analyst");
    }

    public static RequestSpecification readerB() {
        return as(PARTNER_B, "reader");
    }

    public static RequestSpecification analystB() {
        return as(PARTNER_B, "analyst");
    }
}
