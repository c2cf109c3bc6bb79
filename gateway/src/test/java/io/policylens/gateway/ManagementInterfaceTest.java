package io.policylens.gateway;

import io.policylens.common.http.RequestValues;
import io.policylens.gateway.support.Stubs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.policylens.gateway.support.Stubs.documents;
import static io.policylens.testing.ApiCallers.PARTNER_A;
import static io.policylens.testing.ApiCallers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Health and metrics are served on the management port only, and the metrics name route templates and kinds, never
 * the ids of documents, claims or anything else a request carried.
 */
@QuarkusTest
class ManagementInterfaceTest {

    private static final Pattern UUID_LIKE = Pattern.compile(RequestValues.UUID_PATTERN);

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    @Test
    void thePublicPortServesNoOperationsEndpoints() {
        for (String path :
                new String[] {
                    "/q/metrics",
                    "/q/health",
                    "/q/health/ready",
                    "/q/health/live",
                    "/q/health/started",
                    "/internal/data-version"
                }) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void theManagementPortServesHealthAndMetricsWithoutAToken() {
        given().get(ready).then().statusCode(200).body("status", equalTo("UP"));
        given().get(metrics).then().statusCode(200);
    }

    @Test
    void metricsNameRouteTemplatesNeverIds() {
        Stubs.reset();
        UUID known = UUID.randomUUID();
        documents()
                .register(
                        get("/documents/" + known)
                                .willReturn(
                                        Stubs.json(
                                                200, Stubs.document(known, PARTNER_A, "public"))));
        UUID unknown = UUID.randomUUID();
        as(PARTNER_A, "reader").get("/api/v1/documents/{id}", known).then().statusCode(200);
        as(PARTNER_A, "reader").get("/api/v1/documents/{id}", unknown).then().statusCode(404);
        given().get("/api/v1/documents/{id}", unknown).then().statusCode(401);
        as(PARTNER_A, "reader").get("/api/v1/documents/{id}/text", unknown).then().statusCode(404);
        as(PARTNER_A, "reader")
                .delete("/api/v1/claims/{id}/reviews", unknown)
                .then()
                .statusCode(405);
        as(PARTNER_A, "analyst").contentType("application/json").body("{\"verdict\":1}")
                .put("/api/v1/claims/{id}/review", unknown).then().statusCode(400);
        as(PARTNER_A, "reader").get("/api/v1/no-such-thing/{id}", unknown).then().statusCode(404);
        as(PARTNER_A, "reader").get("/" + unknown).then().statusCode(404);

        String scrape = given().get(metrics).then().statusCode(200).extract().asString();
        assertThat(scrape).contains("uri=\"/api/v1/documents/{id}\"");
        assertThat(UUID_LIKE.matcher(scrape).results().map(r -> r.group()).toList())
                .as("ids in the metrics")
                .isEmpty();
    }
}
