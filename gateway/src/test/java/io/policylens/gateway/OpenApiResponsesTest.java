package io.policylens.gateway;

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
                .assertCodes(Map.ofEntries(entry("DELETE /api/v1/documents/{id}", "204 401 403 404 429 502 503 504"),
                                entry("GET /api/v1/actors/{actor}/brief", "200 400 401 403 429 503 504"),
                                entry("GET /api/v1/claims", "200 400 401 403 429 502 503 504"), entry(
                                        "GET /api/v1/claims/admin/feed", "200 401 403 429 502 503 504"), entry(
                                        "GET /api/v1/claims/admin/feed/dead-letters",
                                        "200 400 401 403 429 502 503 504"),
                                entry("GET /api/v1/claims/{id}", "200 401 403 404 429 502 503 504"), entry(
                                        "GET /api/v1/claims/{id}/claimreview", "200 401 403 404 409 429 502 503 504"),
                                entry("GET /api/v1/claims/{id}/matches", "200 400 401 403 404 429 502 503 504"), entry(
                                        "GET /api/v1/claims/{id}/reviews", "200 400 401 403 404 429 502 503 504"),
                                entry("GET /api/v1/documents", "200 400 401 403 429 502 503 504"), entry(
                                        "GET /api/v1/documents/search", "200 400 401 403 429 502 503 504"), entry(
                                        "GET /api/v1/documents/{id}", "200 401 403 404 429 502 503 504"), entry(
                                        "GET /api/v1/documents/{id}/analysis", "200 304 401 403 404 429 503 504"),
                                entry("GET /api/v1/documents/{id}/sentences", "200 400 401 403 404 429 502 503 504"),
                                entry("GET /api/v1/documents/{id}/status", "200 401 403 404 429 503 504"), entry(
                                        "GET /api/v1/documents/{id}/text", "200 401 403 404 429 502 503 504"), entry(
                                        "GET /api/v1/recommendations", "200 400 401 403 429 502 503 504"), entry(
                                        "GET /api/v1/recommendations/admin/feed", "200 401 403 429 502 503 504"), entry(
                                        "GET /api/v1/recommendations/admin/feed/dead-letters",
                                        "200 400 401 403 429 502 503 504"), entry(
                                        "GET /api/v1/recommendations/clusters", "200 400 401 403 429 502 503 504"),
                                entry("GET /api/v1/recommendations/clusters/{clusterId}",
                                        "200 400 401 403 404 429 502 503 504"), entry(
                                        "GET /api/v1/recommendations/{id}", "200 401 403 404 429 502 503 504"), entry(
                                        "GET /api/v1/recommendations/{id}/evidence", "200 401 403 404 429 502 503 504"),
                                entry("GET /api/v1/recommendations/{id}/history", "200 401 403 404 429 502 503 504"),
                                entry("GET /api/v1/search", "200 400 401 403 429 503 504"), entry(
                                        "GET /api/v1/topics/{topic}/brief", "200 400 401 403 429 503 504"), entry(
                                        "POST /api/v1/claims/admin/feed/dead-letters/replay",
                                        "200 401 403 429 502 503 504"), entry(
                                        "POST /api/v1/claims/admin/feed/dead-letters/{id}/replay",
                                        "200 400 401 403 404 429 502 503 504"), entry(
                                        "POST /api/v1/claims/admin/reextract", "202 400 401 403 429 502 503 504"),
                                entry("POST /api/v1/claims/extract", "200 400 401 403 413 422 429 502 503 504"), entry(
                                        "POST /api/v1/documents", "200 201 400 401 403 413 422 429 502 503 504"), entry(
                                        "POST /api/v1/recommendations/admin/feed/dead-letters/replay",
                                        "200 401 403 429 502 503 504"), entry(
                                        "POST /api/v1/recommendations/admin/feed/dead-letters/{id}/replay",
                                        "200 400 401 403 404 429 502 503 504"), entry(
                                        "POST /api/v1/recommendations/admin/reextract",
                                        "202 400 401 403 429 502 503 504"), entry(
                                        "POST /api/v1/recommendations/extract",
                                        "200 400 401 403 413 422 429 502 503 504"), entry(
                                        "POST /api/v1/recommendations/{id}/status",
                                        "200 400 401 403 404 409 429 502 503 504"), entry(
                                        "PUT /api/v1/claims/{id}/review", "200 400 401 403 404 429 502 503 504")));
    }
}
