package io.policylens.gateway;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.policylens.common.problem.Problem;
import io.policylens.common.security.Roles;
import io.policylens.gateway.support.Stubs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policylens.testing.ApiCallers.PARTNER_A;
import static io.policylens.testing.ApiCallers.as;
import static io.policylens.testing.ApiCallers.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The change-consumer administration of claims- and recommendations-service through the gateway: the dead-letter
 * list and replays reach the service with the admin's own token, the service's answers and problems come back
 * byte for byte, bad input and other roles never reach it, a replay is never repeated, and the feed status passes
 * the Kafka fields (partitions, fastPathLag, reextraction) through.
 */
@QuarkusTest
class DeadLetterProxyTest {

    private static final String DEAD_LETTERS =
            "[{\"id\":\"4-17\",\"documentId\":\"0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11\",\"revision\":3,"
            + "\"kind\":\"updated\",\"seq\":1204,\"error\":\"HTTP 500 Internal Server Error\","
            + "\"errorClass\":\"jakarta.ws.rs.InternalServerErrorException\","
            + "\"deadLetteredAt\":\"2026-11-24T09:00:00Z\",\"replayed\":false}]";
    private static final String REPLAYED =
            "{\"applied\":1,\"failed\":1,\"results\":[{\"id\":\"4-17\",\"applied\":true,\"error\":null},"
            + "{\"id\":\"4-18\",\"applied\":false,\"error\":\"InternalServerErrorException: HTTP 500 Internal Server "
            + "Error\"}]}";

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    private static WireMock stub(String service) {
        return service.equals("claims") ? Stubs.claims() : Stubs.recommendations();
    }

    private static String servicePath(String service) {
        return "/" + service + "/admin/feed/dead-letters";
    }

    private static String gatewayPath(String service) {
        return "/api/v1/" + service + "/admin/feed/dead-letters";
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims", "recommendations"})
    void listForwardsLimitPendingTokenAndRequestIdAndRelaysTheBody(String service) {
        stub(service).register(get(urlPathEqualTo(servicePath(service))).willReturn(Stubs.json(200, DEAD_LETTERS)));
        String token = bearer(null, Roles.ADMIN);

        String body =
                given().header("Authorization", token)
                        .header("X-Request-Id", "req-dlq-1")
                        .queryParam("limit", 5)
                        .queryParam("pending", "true")
                        .get(gatewayPath(service))
                        .then()
                        .statusCode(200)
                        .contentType(ContentType.JSON)
                        .header("X-Request-Id", "req-dlq-1")
                        .body("[0].id", is("4-17"))
                        .body("[0].replayed", is(false))
                        .extract()
                        .asString();
        as(null, Roles.ADMIN).get(gatewayPath(service)).then().statusCode(200);

        assertThat(body).isEqualTo(DEAD_LETTERS);
        stub(service)
                .verifyThat(
                        1,
                        getRequestedFor(urlPathEqualTo(servicePath(service)))
                                .withHeader("Authorization", equalTo(token))
                                .withHeader("X-Request-Id", equalTo("req-dlq-1"))
                                .withQueryParam("limit", equalTo("5"))
                                .withQueryParam("pending", equalTo("true")));
        // the service's defaults, sent explicitly
        stub(service)
                .verifyThat(
                        1,
                        getRequestedFor(urlPathEqualTo(servicePath(service)))
                                .withQueryParam("limit", equalTo("100"))
                                .withQueryParam("pending", equalTo("false")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims", "recommendations"})
    void replaysForwardTheIdAndRelayTheReport(String service) {
        stub(service)
                .register(
                        post(servicePath(service) + "/4-17/replay")
                                .willReturn(
                                        Stubs.json(
                                                200,
                                                "{\"applied\":1,\"failed\":0,\"results\":"
                                                        + "[{\"id\":\"4-17\",\"applied\":true,\"error\":null}]}")));
        stub(service)
                .register(
                        post(servicePath(service) + "/replay")
                                .willReturn(Stubs.json(200, REPLAYED)));
        String token = bearer(null, Roles.ADMIN);

        given().header("Authorization", token).post(gatewayPath(service) + "/{id}/replay", "4-17")
                .then().statusCode(200).body("applied", is(1)).body("results[0].id", is("4-17"));
        String report =
                given().header("Authorization", token)
                        .post(gatewayPath(service) + "/replay")
                        .then()
                        .statusCode(200)
                        .body("failed", is(1))
                        .extract()
                        .asString();

        assertThat(report).isEqualTo(REPLAYED);
        stub(service)
                .verifyThat(
                        1,
                        postRequestedFor(urlPathEqualTo(servicePath(service) + "/4-17/replay"))
                                .withHeader("Authorization", equalTo(token)));
        stub(service)
                .verifyThat(
                        1,
                        postRequestedFor(urlPathEqualTo(servicePath(service) + "/replay"))
                                .withHeader("Authorization", equalTo(token)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims", "recommendations"})
    void aReplayOfManyDeadLettersMayTakeLongerThanAViewMayWait(String service) {
        // the test profile's read timeout is 700 ms and its write timeout 2 s: a replay is a write
        stub(service).register(post(servicePath(service) + "/replay")
                .willReturn(Stubs.json(200, REPLAYED).withFixedDelay(1200)));

        as(null, Roles.ADMIN).post(gatewayPath(service) + "/replay")
                .then().statusCode(200).body("applied", is(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims", "recommendations"})
    void badInputIsRejectedWithoutCallingTheService(String service) {
        for (String limit : new String[]{"0", "1001", "-1", "many", "010", "1e3", " 5"}) {
            as(null, Roles.ADMIN).queryParam("limit", limit).get(gatewayPath(service))
                    .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE));
        }
        // anything but true or false: a mistyped pending would otherwise list every dead letter
        for (String pending : new String[]{"yes", "TRUE", "1", "false\u0000"}) {
            as(null, Roles.ADMIN).queryParam("pending", pending).get(gatewayPath(service))
                    .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE));
        }
        as(null, Roles.ADMIN).queryParam("pending", "maybe").get(gatewayPath(service))
                .then().statusCode(400).body("errors.field", hasItem("pending"));
        as(null, Roles.ADMIN).queryParam("limit", "many").get(gatewayPath(service))
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        // the services' DeadLetterId: <partition>-<offset>, at most 4 and 18 digits
        for (String id :
                new String[] {
                    "17",
                    "4-",
                    "-17",
                    "a-17",
                    "4-17-1",
                    "12345-17",
                    "4-1234567890123456789",
                    "4.17",
                    "4 17"
                }) {
            as(null, Roles.ADMIN).post(gatewayPath(service) + "/{id}/replay", id)
                    .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE))
                    .body("detail", containsString("<partition>-<offset>"));
        }
        as(null, Roles.ADMIN)
                .post(gatewayPath(service) + "/{id}/replay", "17")
                .then()
                .statusCode(400)
                .body("type", is("https://policylens.io/problems/validation"))
                .body("errors.field", hasItem("id"));

        assertThat(stub(service).find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims", "recommendations"})
    void onlyAdminsMayListOrReplay(String service) {
        String[][] callers = {{PARTNER_A, Roles.ANALYST}, {PARTNER_A, Roles.READER}, {PARTNER_A, Roles.CONTRIBUTOR},
                {null, Roles.INTERNAL, Roles.ANALYST}};
        for (String[] caller : callers) {
            String[] roles = java.util.Arrays.copyOfRange(caller, 1, caller.length);
            as(caller[0], roles).get(gatewayPath(service)).then().statusCode(403)
                    .contentType(startsWith(Problem.MEDIA_TYPE));
            as(caller[0], roles)
                    .post(gatewayPath(service) + "/{id}/replay", "4-17")
                    .then()
                    .statusCode(403);
            as(caller[0], roles).post(gatewayPath(service) + "/replay").then().statusCode(403);
        }
        given().post(gatewayPath(service) + "/replay")
                .then()
                .statusCode(401)
                .contentType(startsWith(Problem.MEDIA_TYPE));

        assertThat(stub(service).find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims", "recommendations"})
    void serviceProblemsPassThroughUnchanged(String service) {
        String unknown =
                Stubs.problem(
                        404,
                        "not-found",
                        "no dead letter 4-17",
                        servicePath(service) + "/4-17/replay");
        stub(service)
                .register(
                        post(servicePath(service) + "/4-17/replay")
                                .willReturn(Stubs.problemResponse(404, unknown)));

        String notFound = as(null, Roles.ADMIN).post(gatewayPath(service) + "/{id}/replay", "4-17")
                .then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE)).extract().asString();

        assertThat(notFound).isEqualTo(unknown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims", "recommendations"})
    void aServiceDownIsTheGatewaysProblemAndAReplayIsNeverRepeated(String service) {
        stub(service)
                .register(
                        get(urlPathEqualTo(servicePath(service)))
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        stub(service)
                .register(
                        post(servicePath(service) + "/replay")
                                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        stub(service)
                .register(
                        post(servicePath(service) + "/4-17/replay")
                                .willReturn(
                                        aResponse()
                                                .withStatus(500)
                                                .withHeader("Content-Type", "text/plain")
                                                .withBody(
                                                        "java.lang.IllegalStateException at ...")));

        as(null, Roles.ADMIN)
                .header("X-Request-Id", "req-dlq-down")
                .get(gatewayPath(service))
                .then()
                .statusCode(503)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .header("Retry-After", "5")
                .body("type", is("https://policylens.io/problems/service-unavailable"))
                .body("detail", containsString(service + "-service"))
                .body("requestId", is("req-dlq-down"));
        as(null, Roles.ADMIN).post(gatewayPath(service) + "/replay")
                .then().statusCode(503).contentType(startsWith(Problem.MEDIA_TYPE));
        String failed = as(null, Roles.ADMIN).post(gatewayPath(service) + "/{id}/replay", "4-17")
                .then().statusCode(502).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("detail", containsString(service + "-service")).extract().asString();

        assertThat(failed).doesNotContain("IllegalStateException");
        // the list is a read (one retry); replays are writes, sent once
        stub(service).verifyThat(2, getRequestedFor(urlPathEqualTo(servicePath(service))));
        stub(service)
                .verifyThat(1, postRequestedFor(urlPathEqualTo(servicePath(service) + "/replay")));
        stub(service)
                .verifyThat(
                        1, postRequestedFor(urlPathEqualTo(servicePath(service) + "/4-17/replay")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims", "recommendations"})
    void feedStatusPassesTheKafkaFieldsThrough(String service) {
        String status =
                "{\"consumer\":\"policylens-"
                        + service
                        + "\",\"cursor\":1180,\"head\":1204,\"lag\":24,\"applied\":310,"
                                + "\"lastPoll\":\"2026-11-24T09:00:00Z\",\"lastError\":null,"
                                + "\"partitions\":[{\"partition\":0,\"committed\":590,\"end\":590,\"lag\":0},"
                                + "{\"partition\":1,\"committed\":590,\"end\":614,\"lag\":24}],\"fastPathLag\":3,"
                                + "\"reextraction\":{\"generation\":2,\"running\":true,\"lag\":412}}";
        stub(service)
                .register(get("/" + service + "/admin/feed").willReturn(Stubs.json(200, status)));

        String body =
                as(null, Roles.ADMIN)
                        .get("/api/v1/" + service + "/admin/feed")
                        .then()
                        .statusCode(200)
                        .body("consumer", is("policylens-" + service))
                        .body("lag", is(24))
                        .body("partitions[1].lag", is(24))
                        .body("partitions[1].end", is(614))
                        .body("fastPathLag", is(3))
                        .body("reextraction.running", is(true))
                        .body("lastError", nullValue())
                        .extract()
                        .asString();

        assertThat(body).isEqualTo(status);
    }
}
