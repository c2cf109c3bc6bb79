package io.policylens.claims.support;

import io.policylens.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Callers used across the tests: two partner organisations, analysts, admins and the internal service. */
public final class Api {

    public static final String PARTNER_A = "partner-a";
    public static final String PARTNER_B = "partner-b";

    private Api() {
    }

    public static RequestSpecification as(String organisation, String... roles) {
        return given().header("Authorization", TestTokens.bearer("user-" + String.join("-", roles) + "-" + organisation,
                organisation, roles));
    }

    public static RequestSpecification admin() {
        return as(null, "admin");
    }

    /** PUT /claims/{id}/review as the organisation's role, with the body as JSON. */
    public static ValidatableResponse review(String organisation, String role, Object body, Object claim) {
        return as(organisation, role).contentType(ContentType.JSON).body(body).put("/claims/{id}/review", claim).then();
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
