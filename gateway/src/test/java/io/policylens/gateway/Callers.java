package io.policylens.gateway;

import io.policylens.testing.TestTokens;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Requests as a given caller: a role (or none) in a partner organisation. */
final class Callers {

    private Callers() {
    }

    static String bearer(String organisation, String... roles) {
        return TestTokens.bearer("user-" + (roles.length == 0 ? "none" : String.join("-", roles)) + "-" + organisation,
                organisation, roles);
    }

    static RequestSpecification as(String organisation, String... roles) {
        return given().header("Authorization", bearer(organisation, roles));
    }
}
