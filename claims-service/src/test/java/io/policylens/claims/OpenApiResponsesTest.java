package io.policylens.claims;

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
                .assertCodes(Map.ofEntries(entry("GET /claims", "200 400 401 403"),
                                entry("GET /claims/admin/feed", "200 401 403"),
                                entry("GET /claims/admin/feed/dead-letters", "200 400 401 403"), entry(
                                        "GET /claims/documents/{documentId}/processing", "200 400 401 403 404"),
                                entry("GET /claims/{id}", "200 401 403 404"),
                                entry("GET /claims/{id}/claimreview", "200 401 403 404 409"),
                                entry("GET /claims/{id}/matches", "200 401 403 404"),
                                entry("GET /claims/{id}/reviews", "200 401 403 404"), entry(
                                        "POST /claims/admin/feed/dead-letters/replay", "200 401 403"), entry(
                                        "POST /claims/admin/feed/dead-letters/{id}/replay", "200 400 401 403 404"),
                                entry("POST /claims/admin/reextract", "202 400 401 403"),
                                entry("POST /claims/extract", "200 400 401 403 413 415 422"),
                                entry("PUT /claims/{id}/review", "200 400 401 403 404 415")));
    }
}
