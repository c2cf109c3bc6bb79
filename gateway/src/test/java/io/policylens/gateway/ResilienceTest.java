package io.policylens.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import io.policylens.common.problem.Problem;
import io.policylens.gateway.support.Stubs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.policylens.gateway.support.Stubs.documents;
import static io.policylens.testing.ApiCallers.PARTNER_A;
import static io.policylens.testing.ApiCallers.PARTNER_B;
import static io.policylens.testing.ApiCallers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** documents-service failing in the ways services fail: the gateway answers with clear problems and protects it. */
@QuarkusTest
class ResilienceTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void documentsServiceDownIs503ProblemAfterRetryingTheRead() {
        documents()
                .register(get(urlPathEqualTo("/documents"))
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        as(PARTNER_A, "reader").header("X-Request-Id", "req-down-1").get("/api/v1/documents")
                .then().statusCode(503).contentType(startsWith(Problem.MEDIA_TYPE))
                .header("Retry-After", "5")
                .body("type", equalTo("https://policylens.io/problems/service-unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("documents-service"))
                .body("requestId", equalTo("req-down-1"));
        // one attempt plus the two configured retries: GETs are idempotent
        documents().verifyThat(3, getRequestedFor(urlPathEqualTo("/documents")));
    }

    @Test
    void aFailedWriteIsNeverRepeated() {
        documents()
                .register(post("/documents").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        as(PARTNER_A, "contributor")
                .contentType(ContentType.JSON)
                .body(Map.of("content", "Text.", "format", "text"))
                .post("/api/v1/documents")
                .then()
                .statusCode(503)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        documents().verifyThat(1, postRequestedFor(urlPathEqualTo("/documents")));
    }

    @Test
    void aServerErrorIs502WithoutLeakingTheDownstreamBody() {
        UUID id = UUID.randomUUID();
        documents()
                .register(get("/documents/" + id)
                                .willReturn(aResponse()
                                                .withStatus(500)
                                                .withHeader("Content-Type", "text/plain")
                                                .withBody("java.lang.NullPointerException at Secret.java:42")));

        String body = as(PARTNER_A, "reader").get("/api/v1/documents/{id}", id)
                .then().statusCode(502).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/bad-gateway"))
                .extract().asString();
        assertThat(body).doesNotContain("Secret.java");
    }

    @Test
    void aDownstream503StaysA503() {
        UUID id = UUID.randomUUID();
        documents().register(get("/documents/" + id).willReturn(aResponse().withStatus(503)));
        as(PARTNER_A, "reader").get("/api/v1/documents/{id}", id).then().statusCode(503)
                .body("type", equalTo("https://policylens.io/problems/service-unavailable"));
    }

    @Test
    void aSlowWriteTimesOutWith504() {
        // writes are not retried, so this waits one timeout (1.5 s in tests)
        documents()
                .register(post("/documents").willReturn(Stubs.json(201, "{}").withFixedDelay(4000)));

        long started = System.nanoTime();
        as(PARTNER_A, "contributor")
                .contentType(ContentType.JSON)
                .body(Map.of("content", "Text.", "format", "text"))
                .post("/api/v1/documents")
                .then()
                .statusCode(504)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/gateway-timeout"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3500);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndSparesTheService() {
        documents()
                .register(get(urlPathMatching("/documents/.*"))
                                .willReturn(aResponse().withStatus(500)));

        // 2 reads x 3 attempts = 6 failures: the breaker's window (6 in tests) is full and all failed
        for (int i = 0; i < 2; i++) {
            as(PARTNER_A, "reader")
                    .get("/api/v1/documents/{id}", UUID.randomUUID())
                    .then()
                    .statusCode(502);
        }
        int callsSoFar = documents().find(getRequestedFor(urlPathMatching("/documents/.*"))).size();
        assertThat(callsSoFar).isEqualTo(6);

        as(PARTNER_A, "reader").get("/api/v1/documents/{id}", UUID.randomUUID())
                .then().statusCode(503).body("detail", containsString("circuit open"));
        assertThat(documents().find(getRequestedFor(urlPathMatching("/documents/.*"))))
                .hasSize(callsSoFar);
        // the write path has a breaker of its own: submissions still reach the service
        documents()
                .register(post("/documents")
                                .willReturn(Stubs.json(201, Stubs.document(UUID.randomUUID(), PARTNER_A, "partner"))));
        as(PARTNER_A, "contributor")
                .contentType(ContentType.JSON)
                .body(Map.of("content", "Text.", "format", "text"))
                .post("/api/v1/documents")
                .then()
                .statusCode(201);
    }

    @Test
    void slowSubmissionsNeverCloseTheReadPath() {
        UUID id = UUID.randomUUID();
        documents()
                .register(get("/documents/" + id)
                                .willReturn(Stubs.json(200, Stubs.document(id, PARTNER_B, "public"))));
        // one partner's uploads take longer than the write timeout (1.2 s in tests), as many as the breaker's window
        documents()
                .register(post("/documents").willReturn(Stubs.json(201, "{}").withFixedDelay(3000)));
        for (int i = 0; i < 6; i++) {
            as(PARTNER_A, "contributor")
                    .contentType(ContentType.JSON)
                    .body(Map.of("content", "Slow " + i + ".", "format", "text"))
                    .post("/api/v1/documents")
                    .then()
                    .statusCode(504);
        }
        // every partner's views still work
        as(PARTNER_B, "reader").get("/api/v1/documents/{id}", id).then().statusCode(200);
        // and slow is not broken: the write path's breaker stays closed, a quick submission gets through
        documents()
                .register(post("/documents")
                                .atPriority(1)
                                .willReturn(Stubs.json(201, Stubs.document(UUID.randomUUID(), PARTNER_B, "partner"))));
        as(PARTNER_B, "contributor")
                .contentType(ContentType.JSON)
                .body(Map.of("content", "Quick.", "format", "text"))
                .post("/api/v1/documents")
                .then()
                .statusCode(201);
    }

    @Test
    void aPartnersBadRequestsNeverCountAsFailuresOfTheService() {
        documents().register(post("/documents").willReturn(Stubs.problemResponse(422,
                Stubs.problem(422, "binary-content", "the content is not text", "/documents"))));
        documents()
                .register(get(urlPathMatching("/documents/.*"))
                                .willReturn(Stubs.problemResponse(404, Stubs.problem(404, "not-found",
                                                        "no such document", "/documents/x"))));
        for (int i = 0; i < 10; i++) {
            as(PARTNER_A, "contributor")
                    .contentType(ContentType.JSON)
                    .body(Map.of("content", "Bad " + i + ".", "format", "text"))
                    .post("/api/v1/documents")
                    .then()
                    .statusCode(422);
            as(PARTNER_A, "reader")
                    .get("/api/v1/documents/{id}", UUID.randomUUID())
                    .then()
                    .statusCode(404);
        }
        // neither breaker opened: both paths still reach the service
        documents().verifyThat(10, postRequestedFor(urlPathEqualTo("/documents")));
        as(PARTNER_B, "reader")
                .get("/api/v1/documents/{id}", UUID.randomUUID())
                .then()
                .statusCode(404);
        as(PARTNER_B, "contributor")
                .contentType(ContentType.JSON)
                .body(Map.of("content", "Fine.", "format", "text"))
                .post("/api/v1/documents")
                .then()
                .statusCode(422);
        documents().verifyThat(11, postRequestedFor(urlPathEqualTo("/documents")));
        documents().verifyThat(11, getRequestedFor(urlPathMatching("/documents/.*")));
    }

    @Test
    void failuresAreCountedPerService() {
        documents()
                .register(get(urlPathEqualTo("/documents"))
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        as(PARTNER_A, "reader").get("/api/v1/documents").then().statusCode(503);

        io.restassured.RestAssured.given()
                .get(metrics)
                .then()
                .statusCode(200)
                .body(containsString("policylens_gateway_downstream_failures_total{kind=\"unavailable\","
                        + "service=\"documents\"}"));
    }
}
