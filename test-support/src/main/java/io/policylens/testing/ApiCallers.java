package io.policylens.testing;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * REST Assured requests as the callers the services' tests play: two partner organisations and the platform's own
 * roles, each with a bearer token from {@link TestTokens}. A service's {@code support.Api} extends it, so its tests
 * import every shortcut from one class, and adds the service's own.
 */
public class ApiCallers {

    public static final String PARTNER_A = "partner-a";
    public static final String PARTNER_B = "partner-b";

    protected ApiCallers() {
    }

    /** A request with a token for the organisation (null: the platform's own) holding the roles. */
    public static RequestSpecification as(String organisation, String... roles) {
        return given().header("Authorization", bearer(organisation, roles));
    }

    /** The Authorization header {@link #as} sends, for a test that builds its request or compares tokens. */
    public static String bearer(String organisation, String... roles) {
        return TestTokens.bearer("user-" + String.join("-", roles), organisation, roles);
    }

    public static RequestSpecification admin() {
        return as(null, "admin");
    }

    public static RequestSpecification readerA() {
        return as(PARTNER_A, "reader");
    }

    public static RequestSpecification contributorA() {
        return as(PARTNER_A, "contributor");
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
