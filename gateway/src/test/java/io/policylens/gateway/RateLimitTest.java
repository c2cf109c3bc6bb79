package io.policylens.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policylens.gateway.Callers.as;
import static io.policylens.gateway.Stubs.PARTNER_A;
import static io.policylens.gateway.Stubs.documents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Per-client rate limits with a tiny bucket: 3 requests, then 429 with Retry-After for that client only. */
@QuarkusTest
@TestProfile(RateLimitTest.TinyBucket.class)
class RateLimitTest {

    @TestHTTPResource(value = "health/live", management = true)
    URL live;

    public static class TinyBucket implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("policylens.rate-limit.capacity", "3", "policylens.rate-limit.refill-per-second", "0.05");
        }
    }

    @BeforeEach
    void reset() {
        Stubs.reset();
        documents().register(get(urlPathEqualTo("/documents")).willReturn(Stubs.json(200, Stubs.page(List.of()))));
    }

    @Test
    void aClientOverItsBudgetGets429WithRetryAfter() {
        String limited = Callers.bearer(PARTNER_A, "reader");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", limited).get("/api/v1/documents").then().statusCode(200);
        }
        String retryAfter = given().header("Authorization", limited).header("X-Request-Id", "req-429")
                .get("/api/v1/documents")
                .then().statusCode(429).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://policylens.io/problems/rate-limited"))
                .body("requestId", equalTo("req-429"))
                .extract().header("Retry-After");
        // one token per 20 s
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 20L);
        documents().verifyThat(3, getRequestedFor(urlPathEqualTo("/documents")));

        // another client (another subject) has its own bucket
        as(PARTNER_A, "analyst").get("/api/v1/documents").then().statusCode(200);
        // operations endpoints are not rate limited (and are on the management port)
        for (int i = 0; i < 5; i++) {
            given().get(live).then().statusCode(200);
        }
    }
}
