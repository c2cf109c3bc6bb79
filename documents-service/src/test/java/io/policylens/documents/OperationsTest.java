package io.policylens.documents;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Health probes and metrics are reachable without a token on the management port (only monitoring may reach it), and
 * not at all on the API port; the OpenAPI document stays on the API port.
 */
@QuarkusTest
class OperationsTest {

    /** The management interface's root: http://host:port/q/ */
    @TestHTTPResource(value = "", management = true)
    URL management;

    @Test
    void healthProbesAreUp() {
        given().get(management + "health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        given().get(management + "health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
        given().get(management + "health/started").then().statusCode(200);
    }

    @Test
    void prometheusMetricsAreExposed() {
        // an application request (the /q endpoints are not timed), so the test passes when it runs alone too
        given().get("/documents").then().statusCode(401);
        given().get(management + "metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void theApiPortServesNeitherHealthNorMetrics() {
        for (String path :
                new String[] {
                    "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started", "/q/metrics"
                }) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void openApiDescribesTheEndpointsWithExamplesAndSecurity() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", notNullValue())
                .body("paths.'/documents'.post", notNullValue())
                .body("paths.'/documents/search'.get", notNullValue())
                .body("paths.'/documents/changes'.get", notNullValue())
                .body("components.securitySchemes.SecurityScheme.type", equalTo("http"))
                .body("components.schemas.Problem.examples", notNullValue());
    }

    @Test
    void requestIdsAreEchoed() {
        given().header("X-Request-Id", "ops-123")
                .get("/documents")
                .then()
                .header("X-Request-Id", "ops-123");
        given().get("/documents").then().header("X-Request-Id", notNullValue());
    }
}
