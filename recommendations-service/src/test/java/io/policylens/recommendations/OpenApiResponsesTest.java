package io.policylens.recommendations;

import io.policylens.testing.OpenApiResponses;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;

/** The status codes each operation documents, each error documented as a problem (commons' ProblemResponses). */
@QuarkusTest
class OpenApiResponsesTest {

    @Test
    void documentsTheseStatusCodesAndEveryErrorAsAProblem() {
        OpenApiResponses.of(given().queryParam("format", "json").get("/q/openapi").asString())
                .assertCodes(Map.ofEntries(entry("GET /recommendations", "200 400 401 403"),
                                entry("GET /recommendations/admin/feed", "200 401 403"), entry(
                                        "GET /recommendations/admin/feed/dead-letters", "200 400 401 403"),
                                entry("GET /recommendations/clusters", "200 400 401 403"),
                                entry("GET /recommendations/clusters/{id}", "200 401 403 404"), entry(
                                        "GET /recommendations/documents/{documentId}/processing",
                                        "200 400 401 403 404"), entry("GET /recommendations/{id}", "200 401 403 404"),
                                entry("GET /recommendations/{id}/history", "200 401 403 404"), entry(
                                        "POST /recommendations/admin/feed/dead-letters/replay", "200 401 403"),
                                entry("POST /recommendations/admin/feed/dead-letters/{id}/replay",
                                        "200 400 401 403 404"),
                                entry("POST /recommendations/admin/reextract", "202 400 401 403"),
                                entry("POST /recommendations/extract", "200 400 401 403 413 422"), entry(
                                        "POST /recommendations/{id}/status", "200 400 401 403 404 409")));
    }
}
