package io.policylens.documents;

import io.policylens.common.problem.Problem;
import io.policylens.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static io.policylens.documents.support.Api.PARTNER_A;
import static io.policylens.documents.support.Api.PARTNER_B;
import static io.policylens.documents.support.Api.as;
import static io.policylens.documents.support.Api.createAsA;
import static io.policylens.documents.support.Api.textDocument;
import static io.policylens.documents.support.Api.uniqueBrief;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every endpoint against every role, and partner A's private document against partner B: the
 * expected status of each call, table-driven. A role's column lists what it may do; partner B is
 * never allowed to learn that partner A's private document exists.
 */
@QuarkusTest
class RoleMatrixTest {

    private static String privateDocumentOfA;

    private static String document() {
        if (privateDocumentOfA == null) {
            privateDocumentOfA = createAsA(uniqueBrief("Matrix document."), "partner");
        }
        return privateDocumentOfA;
    }

    /** endpoint name, how to call it */
    private static final Map<
                    String, BiFunction<RequestSpecification, String, io.restassured.response.Response>>
            CALLS = Map.ofEntries(Map.entry("list", (r, id) -> r.get("/documents")), Map.entry("search", (r, id) ->
                                            r.queryParam("q", "matrix").get("/documents/search")),
                            Map.entry("get", (r, id) -> r.get("/documents/{id}", id)),
                            Map.entry("text", (r, id) -> r.get("/documents/{id}/text", id)),
                            Map.entry("raw", (r, id) -> r.get("/documents/{id}/raw", id)), Map.entry(
                                    "sentences", (r, id) -> r.get("/documents/{id}/sentences", id)),
                            Map.entry("snapshot", (r, id) -> r.get("/documents/{id}/snapshot", id)), Map.entry("create",
                                    (r, id) ->
                                            r.contentType(ContentType.JSON)
                                                    .body(textDocument(uniqueBrief("Matrix create."), "partner"))
                                                    .post("/documents")), Map.entry("upload", (r, id) ->
                                            r.multiPart("file", "m.txt", uniqueBrief("Matrix upload.")
                                                                    .getBytes(StandardCharsets.UTF_8))
                                                    .post("/documents")), Map.entry("update", (r, id) ->
                                            r.contentType(ContentType.JSON)
                                                    .body(Map.of("language", "en"))
                                                    .patch("/documents/{id}", id)),
                            Map.entry("changes", (r, id) -> r.get("/documents/changes")));

    static Stream<Arguments> matrix() {
        // endpoint, organisation, role (null = token without roles, "anonymous" = no token), expected status
        return Stream.of(
                row("list", PARTNER_A, "anonymous", 401), row("list", PARTNER_A, null, 403),
                row("list", PARTNER_A, "reader", 200), row("search", PARTNER_A, "anonymous", 401),
                row("search", PARTNER_A, null, 403), row("search", PARTNER_B, "reader", 200),
                row("get", PARTNER_A, "anonymous", 401), row("get", PARTNER_A, null, 403),
                row("get", PARTNER_A, "reader", 200), row("get", PARTNER_B, "reader", 404),
                row("get", null, "admin", 200),
                // service accounts read the feed and snapshots only; admin is internal: a partner
                // token holding it is refused
                row("get", null, "service", 403), row("list", null, "service", 403),
                row("get", PARTNER_B, "admin", 401),
                row("text", PARTNER_B, "admin", 401),
                // a token without the partner claim needs an internal role; internal staff see
                // public and internal documents
                row("get", null, "reader", 401), row("list", null, "analyst", 401),
                row("get", null, "internal+reader", 404), row("text", PARTNER_A, null, 403),
                row("text", PARTNER_A, "reader", 200), row("text", PARTNER_B, "analyst", 404),
                row("raw", PARTNER_A, null, 403), row("raw", PARTNER_A, "reader", 200),
                row("raw", PARTNER_B, "reader", 404), row("sentences", PARTNER_A, null, 403),
                row("sentences", PARTNER_A, "contributor", 200), row("sentences", PARTNER_B, "contributor", 404),
                row("snapshot", PARTNER_A, "anonymous", 401), row("snapshot", PARTNER_A, null, 403),
                row("snapshot", PARTNER_A, "reader", 200), row("snapshot", PARTNER_B, "reader", 404),
                row("snapshot", null, "service", 200), row("create", PARTNER_A, "anonymous", 401),
                row("create", PARTNER_A, "reader", 403), row("create", PARTNER_A, "contributor", 201),
                row("create", PARTNER_A, "analyst", 201), row("create", null, "service", 403),
                row("upload", PARTNER_A, "reader", 403), row("upload", PARTNER_B, "contributor", 201),
                row("update", PARTNER_A, "reader", 403), row("update", PARTNER_A, "contributor", 200),
                row("update", PARTNER_B, "contributor", 404),
                row("update", null, "admin", 200),
                row("changes", PARTNER_A, "reader", 403), row("changes", PARTNER_A, "analyst", 403),
                row("changes", null, "service", 200), row("changes", null, "admin", 200),
                row("changes", PARTNER_A, "service", 401));
    }

    private static Arguments row(String endpoint, String organisation, String role, int status) {
        return Arguments.of(endpoint, organisation, role, status);
    }

    @ParameterizedTest(name = "{0} as {2} of {1} -> {3}")
    @MethodSource("matrix")
    void statusMatchesTheRoleMatrix(String endpoint, String organisation, String role, int expected) {
        RequestSpecification request = "anonymous".equals(role) ? given()
                : role == null ? as(organisation) : as(organisation, role.split("\\+"));
        var response = CALLS.get(endpoint).apply(request, document());
        response.then().statusCode(expected);
        if (expected >= 400) {
            response.then().contentType(startsWith(Problem.MEDIA_TYPE));
        }
    }

    @Test
    void aTokenIssuedForAnotherClientIsRefused() {
        given().header("Authorization", "Bearer " + TestTokens.tokenFor("unrelated-app", "u", PARTNER_A, "reader"))
                .get("/documents")
                .then()
                .statusCode(401)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        // the extraction services' client credentials carry this service's own audience
        given().header("Authorization", "Bearer " + TestTokens.tokenFor(
                                        "documents-service", "claims-service", null, "service"))
                .get("/documents/changes")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + TestTokens.tokenFor(
                                        "claims-service", "claims-service", null, "service"))
                .get("/documents/changes")
                .then()
                .statusCode(401);
    }

    @Test
    void aTokenWithoutThePartnerClaimIsToldWhichClaimIsMissing() {
        as(null, "reader").get("/documents").then().statusCode(401)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/token-rejected"))
                .body("detail", containsString("'partner_org'"));
    }

    @ParameterizedTest(name = "delete as {0} -> {1}")
    @MethodSource("deletions")
    void onlyAdminsDelete(String role, int expected) {
        String id = createAsA(uniqueBrief("Matrix delete " + UUID.randomUUID()), "partner");
        // admin and service are internal roles: their tokens name no partner
        String organisation = role.equals("admin") || role.equals("service") ? null : PARTNER_A;
        as(organisation, role).delete("/documents/{id}", id).then().statusCode(expected);
    }

    static Stream<Arguments> deletions() {
        return Stream.of(Arguments.of("reader", 403), Arguments.of("contributor", 403), Arguments.of("analyst", 403),
                Arguments.of("service", 403), Arguments.of("admin", 204));
    }
}
