package io.policylens.gateway;

import io.policylens.common.problem.Problem;
import io.policylens.gateway.support.Stubs;
import io.policylens.testing.ApiCallers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.policylens.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.smallrye.jwt.build.Jwt;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policylens.gateway.support.Stubs.documents;
import static io.policylens.testing.ApiCallers.PARTNER_A;
import static io.policylens.testing.ApiCallers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Rate limits with tiny buckets: 3 requests per caller (token subject) and 5 per organisation, then 429 with
 * Retry-After; and no concurrent submission at all, to see that refusal's answer.
 */
@QuarkusTest
@TestProfile(RateLimitTest.TinyBucket.class)
class RateLimitTest {

    @TestHTTPResource(value = "health/live", management = true)
    URL live;

    public static class TinyBucket implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("policylens.rate-limit.capacity", "3", "policylens.rate-limit.refill-per-second", "0.05",
                    "policylens.rate-limit.organisation-capacity", "5",
                    "policylens.rate-limit.organisation-refill-per-second", "0.05",
                    "policylens.rate-limit.organisation-concurrent-submissions", "0");
        }
    }

    @BeforeEach
    void reset() {
        Stubs.reset();
        documents()
                .register(get(urlPathEqualTo("/documents"))
                                .willReturn(Stubs.json(200, Stubs.page(List.of()))));
    }

    @Test
    void aClientOverItsBudgetGets429WithRetryAfter() {
        String limited = ApiCallers.bearer(PARTNER_A, "reader");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", limited)
                    .get("/api/v1/documents")
                    .then()
                    .statusCode(200);
        }
        String retryAfter = given().header("Authorization", limited)
                        .header("X-Request-Id", "req-429")
                        .get("/api/v1/documents")
                        .then()
                        .statusCode(429)
                        .contentType(startsWith(Problem.MEDIA_TYPE))
                        .body("type", equalTo("https://policylens.io/problems/rate-limited"))
                        .body("requestId", equalTo("req-429"))
                        .extract()
                        .header("Retry-After");
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

    /** A token as Swagger UI gets it: the same OAuth client (azp) for every user, the user in the subject. */
    private static String swaggerUser(String user, String organisation) {
        return "Bearer " + Jwt.preferredUserName(user)
                        .subject(user)
                        .groups(Set.of("reader"))
                        .issuer(TestTokens.ISSUER)
                        .audience(TestTokens.AUDIENCE)
                        .claim("azp", "policylens-swagger")
                        .claim(TestTokens.PARTNER_CLAIM, organisation)
                        .jws()
                        .keyId("1")
                        .sign("privateKey.jwk");
    }

    @Test
    void analystsSharingOneOAuthClientHaveBucketsOfTheirOwnAndTheirOrganisationOneTogether() {
        String first = swaggerUser("analyst-1", "partner-x");
        String second = swaggerUser("analyst-2", "partner-x");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", first).get("/api/v1/documents").then().statusCode(200);
        }
        given().header("Authorization", first).get("/api/v1/documents").then().statusCode(429)
                .header("Retry-After", notNullValue()).body("detail", containsString("from you;"));
        // same client, another user: a bucket of its own, until the organisation's 5 are used
        given().header("Authorization", second).get("/api/v1/documents").then().statusCode(200);
        given().header("Authorization", second).get("/api/v1/documents").then().statusCode(200);
        String retryAfter = given().header("Authorization", second)
                        .get("/api/v1/documents")
                        .then()
                        .statusCode(429)
                        .contentType(startsWith(Problem.MEDIA_TYPE))
                        .body("detail", containsString("your organisation"))
                        .extract()
                        .header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 20L);
        // another organisation is not affected
        given().header("Authorization", swaggerUser("analyst-3", "partner-y"))
                .get("/api/v1/documents")
                .then()
                .statusCode(200);
    }

    @Test
    void aSubmissionBeyondItsOrganisationsShareIsRefusedAtOnce() {
        as("partner-z", "contributor")
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("content", "Text.", "format", "text"))
                .post("/api/v1/documents")
                .then()
                .statusCode(429)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .header("Retry-After", "1")
                .body("detail", containsString("submissions in progress"));
        documents()
                .verifyThat(0, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                                urlPathEqualTo("/documents")));
    }
}
