package io.policylens.claims.support;

import io.policylens.testing.ApiCallers;
import io.policylens.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Callers used across the tests (test-support's two partner organisations, analysts, admins and the internal
 * service), reviewers whose names say their organisation, and the claims shortcuts.
 */
public final class Api extends ApiCallers {

    private Api() {
    }

    /**
     * A caller like {@link #as} whose user name ends with its organisation ({@code user-analyst-partner-a},
     * {@code user-admin-null}): a reviewer's name is shown only to its own organisation and the platform's staff, so
     * the review tests tell by the name whose analyst gave a verdict.
     */
    public static RequestSpecification reviewer(String organisation, String... roles) {
        return given().header("Authorization", TestTokens.bearer("user-" + String.join("-", roles) + "-" + organisation,
                organisation, roles));
    }

    /** PUT /claims/{id}/review as the organisation's {@link #reviewer}, with the body as JSON. */
    public static ValidatableResponse review(String organisation, String role, Object body, Object claim) {
        return reviewer(organisation, role).contentType(ContentType.JSON).body(body).put("/claims/{id}/review", claim)
                .then();
    }

    /** Every claim of a document, as an administrator sees them (text order). */
    public static List<Map<String, Object>> claimsOf(UUID documentId) {
        return admin().queryParam("document", documentId.toString()).queryParam("size", 100).get("/claims")
                .then().statusCode(200).extract().path("items");
    }

    /** How many claims there are, as an administrator counts them (every partner's). */
    public static long totalAsAdmin() {
        return admin().queryParam("size", 1).get("/claims").then().statusCode(200).extract().<Number>path("total")
                .longValue();
    }

    public static int countOf(UUID documentId) {
        return admin().queryParam("document", documentId.toString()).queryParam("size", 1).get("/claims")
                .then().statusCode(200).extract().path("total");
    }
}
