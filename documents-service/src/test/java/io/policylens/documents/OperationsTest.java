package io.policylens.documents;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Health probes, metrics and the OpenAPI document are reachable without a token (they carry no data). */
@QuarkusTest
class OperationsTest {

    @Test
    void healthProbesAreUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
        given().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void prometheusMetricsAreExposed() {
        // an application request (the /q endpoints are not timed), so the test passes when it runs alone too
        given().get("/documents").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
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
        given().header("X-Request-Id", "ops-123").get("/q/health/live").then().header("X-Request-Id", "ops-123");
        given().get("/q/health/live").then().header("X-Request-Id", notNullValue());
    }
}
