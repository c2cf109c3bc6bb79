package io.policylens.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import io.policylens.gateway.support.Stubs;
import io.policylens.testing.FormatRule;
import io.policylens.common.problem.Problem;
import io.policylens.recommendations.contract.RemoteRecommendation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policylens.gateway.support.Stubs.documents;
import static io.policylens.gateway.support.Stubs.recommendations;
import static io.policylens.testing.ApiCallers.PARTNER_A;
import static io.policylens.testing.ApiCallers.as;
import static io.policylens.testing.ApiCallers.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * The recommendation endpoints relay recommendations-service (stubs serialised from recommendations-contract
 * records): the caller's token and request id go along, filters are forwarded, bodies and problems come back
 * unchanged, reads are retried and writes are not, and bad input never reaches recommendations-service.
 */
@QuarkusTest
class RecommendationsProxyTest {

    private final UUID document = UUID.randomUUID();
    private final UUID id = UUID.randomUUID();
    private RemoteRecommendation recommendation;

    @BeforeEach
    void reset() {
        Stubs.reset();
        recommendation = Stubs.recommendation(id, document, PARTNER_A, "partner", 151,
                        "Washington and Seoul should coordinate export controls.");
    }

    @Test
    void listForwardsFiltersTokenAndRequestIdAndRelaysTheBody() {
        String page = Stubs.recommendationPage(List.of(recommendation));
        recommendations()
                .register(get(urlPathEqualTo("/recommendations")).willReturn(Stubs.json(200, page)));
        String token = bearer(PARTNER_A, "reader");

        String body = given().header("Authorization", token)
                        .header("X-Request-Id", "req-recs-1")
                        .queryParam("document", document.toString())
                        .queryParam("actor", "South Korea")
                        .queryParam("topic", "semiconductors")
                        .queryParam("strength", "should")
                        .queryParam("status", "proposed")
                        .queryParam("cluster", "rc-0aa65eaa249c")
                        .queryParam("forum", "IPEF")
                        .queryParam("q", "export controls")
                        .queryParam("size", 5)
                        .get("/api/v1/recommendations")
                        .then()
                        .statusCode(200)
                        .contentType(ContentType.JSON)
                        .header("X-Request-Id", "req-recs-1")
                        .body("items[0].id", is(id.toString()))
                        .extract()
                        .asString();

        assertThat(body).isEqualTo(page);
        recommendations()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/recommendations"))
                                .withHeader("Authorization", equalTo(token))
                                .withHeader("X-Request-Id", equalTo("req-recs-1"))
                                .withQueryParam("document", equalTo(document.toString()))
                                .withQueryParam("actor", equalTo("South Korea"))
                                .withQueryParam("topic", equalTo("semiconductors"))
                                .withQueryParam("strength", equalTo("should"))
                                .withQueryParam("status", equalTo("proposed"))
                                .withQueryParam("cluster", equalTo("rc-0aa65eaa249c"))
                                .withQueryParam("forum", equalTo("IPEF"))
                                .withQueryParam("q", equalTo("export controls"))
                                .withQueryParam("size", equalTo("5"))
                                .withQueryParam("page", equalTo("0")));
        assertThat(documents().find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void getHistoryAndClustersAreRelayed() {
        String detail = Stubs.write(recommendation.withEvidence(List.of(Stubs.evidenceLink(UUID.randomUUID(), 0,
                                                "South Korea makes 20 percent of memory chips."))));
        recommendations()
                .register(get("/recommendations/" + id).willReturn(Stubs.json(200, detail)));
        String history = Stubs.history("proposed", "under_consideration", "Raised at the working group");
        recommendations()
                .register(get("/recommendations/" + id + "/history")
                                .willReturn(Stubs.json(200, history)));
        String clusters = Stubs.clusterPage(List.of(Stubs.cluster("rc-0aa65eaa249c")));
        recommendations()
                .register(get(urlPathEqualTo("/recommendations/clusters"))
                                .willReturn(Stubs.json(200, clusters)));
        String cluster = Stubs.clusterDetail(Stubs.cluster("rc-0aa65eaa249c"), List.of(recommendation));
        recommendations()
                .register(get(urlPathEqualTo("/recommendations/clusters/rc-0aa65eaa249c"))
                                .willReturn(Stubs.json(200, cluster)));
        String token = bearer(PARTNER_A, "reader");

        assertThat(given().header("Authorization", token)
                                .get("/api/v1/recommendations/{id}", id)
                                .then()
                                .statusCode(200)
                                .body("evidence[0].text", is("South Korea makes 20 percent of memory chips."))
                                .extract()
                                .asString())
                .isEqualTo(detail);
        assertThat(given().header("Authorization", token)
                                .get("/api/v1/recommendations/{id}/history", id)
                                .then()
                                .statusCode(200)
                                .body("[0].status", is("under_consideration"))
                                .extract()
                                .asString())
                .isEqualTo(history);
        assertThat(given().header("Authorization", token)
                                .queryParam("minDocuments", 2)
                                .get("/api/v1/recommendations/clusters")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString())
                .isEqualTo(clusters);
        assertThat(given().header("Authorization", token)
                                .queryParam("size", 10)
                                .get("/api/v1/recommendations/clusters/{c}", "rc-0aa65eaa249c")
                                .then()
                                .statusCode(200)
                                .body("members.items[0].id", is(id.toString()))
                                .extract()
                                .asString())
                .isEqualTo(cluster);

        recommendations()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/recommendations/clusters"))
                                .withQueryParam("minDocuments", equalTo("2"))
                                .withHeader("Authorization", equalTo(token)));
        recommendations()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/recommendations/clusters/rc-0aa65eaa249c"))
                                .withQueryParam("size", equalTo("10"))
                                .withHeader("Authorization", equalTo(token)));
        recommendations()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/recommendations/" + id + "/history"))
                                .withHeader("Authorization", equalTo(token)));
    }

    @Test
    void statusChangeIsForwardedAndItsConflictRelayed() {
        String tracked = Stubs.write(recommendation.withStatus("under_consideration",
                                OffsetDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.UTC)));
        recommendations()
                .register(post("/recommendations/" + id + "/status")
                                .withRequestBody(equalToJson("{\"status\":\"under_consideration\"}", true, true))
                                .willReturn(Stubs.json(200, tracked)));
        String token = bearer(PARTNER_A, "analyst");

        given().header("Authorization", token)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "under_consideration", "note", "Raised at the working group", "date",
                                "2025-06-04"))
                .post("/api/v1/recommendations/{id}/status", id)
                .then()
                .statusCode(200)
                .body("status", is("under_consideration"));
        recommendations()
                .verifyThat(1, postRequestedFor(urlPathEqualTo("/recommendations/" + id + "/status"))
                                .withHeader("Authorization", equalTo(token))
                                .withRequestBody(equalToJson("{\"status\":\"under_consideration\",\"note\":\"Raised at "
                                        + "the working group\",\"date\":\"2025-06-04\"}")));

        String conflict = Stubs.problem(409, "invalid-transition", "cannot move from 'implemented' to 'rejected'",
                        "/recommendations/" + id + "/status");
        recommendations()
                .register(post("/recommendations/" + id + "/status")
                                .atPriority(1)
                                .withRequestBody(equalToJson("{\"status\":\"rejected\"}", true, true))
                                .willReturn(Stubs.problemResponse(409, conflict)));
        String body = given().header("Authorization", token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("status", "rejected"))
                        .post("/api/v1/recommendations/{id}/status", id)
                        .then()
                        .statusCode(409)
                        .contentType(startsWith(Problem.MEDIA_TYPE))
                        .extract()
                        .asString();
        assertThat(body).isEqualTo(conflict);
    }

    @Test
    void extractAndAdministrationAreForwarded() {
        String text = "Seoul should act on export controls.";
        recommendations()
                .register(post("/recommendations/extract")
                                .willReturn(Stubs.json(200, Stubs.recommendationExtraction(text))));
        recommendations()
                .register(post(urlPathEqualTo("/recommendations/admin/reextract"))
                                .willReturn(Stubs.json(202, Stubs.recommendationsFeed(0, 40))));
        recommendations()
                .register(get("/recommendations/admin/feed")
                                .willReturn(Stubs.json(200, Stubs.recommendationsFeed(40, 40))));

        as(PARTNER_A, "reader")
                .contentType(ContentType.JSON)
                .body(Map.of("text", text, "format", "TXT"))
                .post("/api/v1/recommendations/extract")
                .then()
                .statusCode(200)
                .body("recommendations[0].strength", is("should"))
                .body("recommendations[0].end", is(text.length()));
        recommendations().verifyThat(1, postRequestedFor(urlPathEqualTo("/recommendations/extract"))
                .withRequestBody(equalToJson("{\"text\":\"" + text + "\",\"format\":\"TXT\"}")));

        as(null, "admin")
                .queryParam("force", "true")
                .post("/api/v1/recommendations/admin/reextract")
                .then()
                .statusCode(202)
                .body("cursor", is(0))
                .body("consumer", is("recommendations"));
        recommendations()
                .verifyThat(1, postRequestedFor(urlPathEqualTo("/recommendations/admin/reextract"))
                                .withQueryParam("force", equalTo("true")));
        as(null, "admin")
                .get("/api/v1/recommendations/admin/feed")
                .then()
                .statusCode(200)
                .body("lag", is(0));
    }

    @Test
    void downIs503AfterRetryingReadsButWritesAreNotRepeated() {
        recommendations()
                .register(get("/recommendations/" + id)
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        as(PARTNER_A, "reader").get("/api/v1/recommendations/{id}", id)
                .then().statusCode(503).contentType(startsWith(Problem.MEDIA_TYPE));
        // one attempt plus the one configured retry for recommendations-service reads
        recommendations().verifyThat(2, getRequestedFor(urlPathEqualTo("/recommendations/" + id)));

        recommendations()
                .register(post("/recommendations/" + id + "/status")
                                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        as(PARTNER_A, "analyst").contentType(ContentType.JSON).body(Map.of("status", "adopted"))
                .post("/api/v1/recommendations/{id}/status", id)
                .then().statusCode(503).contentType(startsWith(Problem.MEDIA_TYPE));
        recommendations()
                .verifyThat(1, postRequestedFor(urlPathEqualTo("/recommendations/" + id + "/status")));
    }

    @Test
    void badInputNeverReachesTheService() {
        as(PARTNER_A, "reader")
                .queryParam("size", 101)
                .get("/api/v1/recommendations")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(PARTNER_A, "reader")
                .queryParam("strength", "maybe")
                .get("/api/v1/recommendations")
                .then()
                .statusCode(400);
        as(PARTNER_A, "reader")
                .queryParam("status", "approved")
                .get("/api/v1/recommendations")
                .then()
                .statusCode(400);
        as(PARTNER_A, "reader")
                .queryParam("document", "not-a-uuid")
                .get("/api/v1/recommendations")
                .then()
                .statusCode(400);
        as(PARTNER_A, "reader")
                .queryParam("minDocuments", 0)
                .get("/api/v1/recommendations/clusters")
                .then()
                .statusCode(400);
        as(PARTNER_A, "reader")
                .get("/api/v1/recommendations/clusters/{c}", "bad id!")
                .then()
                .statusCode(400);
        as(PARTNER_A, "analyst").contentType(ContentType.JSON).body(Map.of("status", "approved"))
                .post("/api/v1/recommendations/{id}/status", id).then().statusCode(400);
        as(PARTNER_A, "analyst")
                .contentType(ContentType.JSON)
                .body(Map.of("status", "adopted", "date", "2999-01-01"))
                .post("/api/v1/recommendations/{id}/status", id)
                .then()
                .statusCode(400);
        as(PARTNER_A, "analyst")
                .contentType(ContentType.JSON)
                .body(Map.of("status", "adopted", "who", "me"))
                .post("/api/v1/recommendations/{id}/status", id)
                .then()
                .statusCode(400);
        as(PARTNER_A, "analyst").contentType(ContentType.JSON).body(Map.of("status", "adopted", "note", "a\u0000b"))
                .post("/api/v1/recommendations/{id}/status", id).then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE)).body("errors.field", hasItem("note"));
        as(PARTNER_A, "reader").contentType(ContentType.JSON).body(Map.of("text", " "))
                .post("/api/v1/recommendations/extract").then().statusCode(400);
        FormatRule.assertBadFormat(as(PARTNER_A, "reader")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Seoul should act.", "format", "pdf"))
                .post("/api/v1/recommendations/extract")
                .then());
        as(null, "admin")
                .queryParam("force", "yes")
                .post("/api/v1/recommendations/admin/reextract")
                .then()
                .statusCode(400);
        assertThat(recommendations().find(anyRequestedFor(anyUrl()))).isEmpty();
    }
}
