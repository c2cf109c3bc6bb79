package io.policylens.documents;

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
                .assertCodes(Map.ofEntries(entry("DELETE /documents/{id}", "204 401 403 404"),
                                entry("GET /documents", "200 400 401 403"),
                                entry("GET /documents/changes", "200 400 401 403"),
                                entry("GET /documents/search", "200 400 401 403"),
                                entry("GET /documents/{id}", "200 401 403 404"),
                                entry("GET /documents/{id}/raw", "200 401 403 404"),
                                entry("GET /documents/{id}/sentences", "200 401 403 404"),
                                entry("GET /documents/{id}/snapshot", "200 401 403 404"),
                                entry("GET /documents/{id}/text", "200 401 403 404"),
                                entry("PATCH /documents/{id}", "200 400 401 403 404"),
                                entry("POST /documents", "200 201 400 401 403 413 415 422")));
    }
}
