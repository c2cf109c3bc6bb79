package io.policylens.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import io.policylens.gateway.support.Stubs;
import io.policylens.testing.FormatRule;
import io.policylens.claims.contract.RemoteClaim;
import io.policylens.common.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policylens.gateway.support.Stubs.claims;
import static io.policylens.gateway.support.Stubs.documents;
import static io.policylens.testing.ApiCallers.PARTNER_A;
import static io.policylens.testing.ApiCallers.as;
import static io.policylens.testing.ApiCallers.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/**
 * The claims endpoints relay claims-service (stubs serialised from claims-contract records): the caller's
 * token and request id go along, filters are forwarded, bodies and problems come back unchanged, reads
 * are retried and writes are not, and bad input never reaches claims-service.
 */
@QuarkusTest
class ClaimsProxyTest {

    private final UUID document = UUID.randomUUID();
    private final UUID id = UUID.randomUUID();
    private RemoteClaim claim;

    @BeforeEach
    void reset() {
        Stubs.reset();
        claim = Stubs.claim(id, document, PARTNER_A, "partner",
                        "South Korea accounts for 60 percent of the global DRAM market.");
    }

    @Test
    void listForwardsFiltersTokenAndRequestIdAndRelaysTheBody() {
        String page = Stubs.claimPage(List.of(claim));
        claims().register(get(urlPathEqualTo("/claims")).willReturn(Stubs.json(200, page)));
        String token = bearer(PARTNER_A, "reader");

        String body = given().header("Authorization", token)
                        .header("X-Request-Id", "req-claims-1")
                        .queryParam("document", document.toString())
                        .queryParam("type", "statistic")
                        .queryParam("minScore", "0.8")
                        .queryParam("status", "unreviewed")
                        .queryParam("q", "DRAM market")
                        .queryParam("size", 5)
                        .get("/api/v1/claims")
                        .then()
                        .statusCode(200)
                        .contentType(ContentType.JSON)
                        .header("X-Request-Id", "req-claims-1")
                        .body("items[0].id", is(id.toString()))
                        .body("items[0].quantities[0].surface", is("60 percent"))
                        .extract()
                        .asString();

        assertThat(body).isEqualTo(page);
        claims().verifyThat(1, getRequestedFor(urlPathEqualTo("/claims"))
                                .withHeader("Authorization", equalTo(token))
                                .withHeader("X-Request-Id", equalTo("req-claims-1"))
                                .withQueryParam("document", equalTo(document.toString()))
                                .withQueryParam("type", equalTo("statistic"))
                                .withQueryParam("minScore", equalTo("0.8"))
                                .withQueryParam("status", equalTo("unreviewed"))
                                .withQueryParam("q", equalTo("DRAM market"))
                                .withQueryParam("size", equalTo("5"))
                                .withQueryParam("page", equalTo("0"))
                                .withoutQueryParam("topic")
                                .withoutQueryParam("entity"));
        assertThat(documents().find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void getReviewsAndMatchesAreRelayed() {
        claims().register(get("/claims/" + id).willReturn(Stubs.json(200, Stubs.write(claim))));
        claims().register(get(urlPathEqualTo("/claims/" + id + "/reviews"))
                                .willReturn(Stubs.json(200, Stubs.reviewPage(List.of(Stubs.review("disputed",
                                                                        "Other sources differ.", "analyst-1"))))));
        RemoteClaim other = Stubs.claim(UUID.randomUUID(), UUID.randomUUID(), "partner-c", "public",
                        "Korea holds 45 percent of DRAM.");
        claims().register(get(urlPathEqualTo("/claims/" + id + "/matches"))
                                .willReturn(Stubs.json(200, Stubs.conflictPage(other))));

        as(PARTNER_A, "reader").get("/api/v1/claims/{id}", id).then().statusCode(200)
                .body("document.ownerOrg", is(PARTNER_A)).body("review.status", is("unreviewed"));
        as(PARTNER_A, "reader")
                .queryParam("page", 1)
                .queryParam("size", 3)
                .get("/api/v1/claims/{id}/reviews", id)
                .then()
                .statusCode(200)
                .body("items[0].note", is("Other sources differ."));
        as(PARTNER_A, "reader").get("/api/v1/claims/{id}/matches", id).then().statusCode(200)
                .body("items[0].kind", is("conflicting")).body("items[0].otherValue", is(45.0f))
                .body("items[0].claim.id", is(other.id().toString()));

        claims().verifyThat(1, getRequestedFor(urlPathEqualTo("/claims/" + id + "/reviews"))
                .withQueryParam("page", equalTo("1")).withQueryParam("size", equalTo("3")));
        claims().verifyThat(1, getRequestedFor(urlPathEqualTo("/claims/" + id + "/matches"))
                .withQueryParam("page", equalTo("0")).withQueryParam("size", equalTo("20")));
    }

    @Test
    void reviewForwardsTheVerdictOnceAndRelaysTheReviewedClaim() {
        claims().register(put("/claims/" + id + "/review")
                                .willReturn(Stubs.json(200, Stubs.write(Stubs.reviewed(claim, Stubs.review("disputed",
                                                                        "Other sources give 45" + " percent.",
                                                                        "analyst-1"))))));
        String token = bearer(PARTNER_A, "analyst");

        given().header("Authorization", token)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "disputed", "note", "Other sources give 45 percent."))
                .put("/api/v1/claims/{id}/review", id)
                .then()
                .statusCode(200)
                .body("review.status", is("disputed"))
                .body("review.reviewer", is("analyst-1"));

        claims().verifyThat(1, putRequestedFor(urlPathEqualTo("/claims/" + id + "/review"))
                                .withHeader("Authorization", equalTo(token))
                                .withHeader("Content-Type", containing("application/json"))
                                .withRequestBody(equalToJson("{\"status\":\"disputed\",\"note\":\"Other sources give "
                                        + "45 percent.\"}")));
    }

    @Test
    void claimReviewIsServedAsJsonLd() {
        String ld = Stubs.claimReview(Stubs.reviewed(claim, Stubs.review("verified", "Matches.", "analyst-1")),
                        "Verified");
        claims().register(get("/claims/" + id + "/claimreview")
                                .willReturn(aResponse()
                                                .withStatus(200)
                                                .withHeader("Content-Type", "application/ld+json")
                                                .withBody(ld)));

        String body = as(PARTNER_A, "reader").get("/api/v1/claims/{id}/claimreview", id)
                .then().statusCode(200).contentType(startsWith("application/ld+json"))
                .extract().asString();
        assertThat(body).isEqualTo(ld).contains("\"@type\":\"ClaimReview\"");
        claims().verifyThat(1, getRequestedFor(urlPathEqualTo("/claims/" + id + "/claimreview"))
                .withHeader("Accept", containing("application/ld+json")));
    }

    @Test
    void claimsServiceProblemsPassThroughUnchanged() {
        String notReviewed = Stubs.write(new io.policylens.common.problem.Problem(
                                io.policylens.common.problem.Problem.TYPE_BASE + "not-reviewed", "Conflict", 409,
                                "claim " + id + " has not been reviewed", "/claims/" + id + "/claimreview",
                                "downstream-id", null));
        claims().register(get("/claims/" + id + "/claimreview")
                                .willReturn(Stubs.problemResponse(409, notReviewed)));
        String missing = Stubs.problem(404, "not-found", "no claim " + id, "/claims/" + id);
        claims().register(get("/claims/" + id).willReturn(Stubs.problemResponse(404, missing)));

        String conflict = as(PARTNER_A, "reader").get("/api/v1/claims/{id}/claimreview", id)
                .then().statusCode(409).contentType(startsWith(Problem.MEDIA_TYPE)).extract().asString();
        assertThat(conflict).isEqualTo(notReviewed);
        String notFound = as(PARTNER_A, "reader").get("/api/v1/claims/{id}", id)
                .then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE)).extract().asString();
        assertThat(notFound).isEqualTo(missing);
    }

    @Test
    void tryExtractForwardsTheText() {
        String text = "South Korea accounts for 60 percent of the global DRAM market.";
        claims().register(post("/claims/extract")
                                .willReturn(Stubs.json(200, Stubs.extraction(text))));

        as(PARTNER_A, "reader")
                .contentType(ContentType.JSON)
                .body(Map.of("text", text, "format", "MD"))
                .post("/api/v1/claims/extract")
                .then()
                .statusCode(200)
                .body("claims[0].type", is("statistic"))
                .body("claims[0].quantities[0].surface", is("60 percent"));
        claims().verifyThat(1, postRequestedFor(urlPathEqualTo("/claims/extract"))
                .withRequestBody(equalToJson("{\"text\":\"" + text + "\",\"format\":\"MD\"}")));
    }

    @Test
    void adminReextractAndFeedStatus() {
        claims().register(post(urlPathEqualTo("/claims/admin/reextract"))
                                .willReturn(Stubs.json(202, Stubs.feedStatus(0, 480))));
        claims().register(get("/claims/admin/feed")
                                .willReturn(Stubs.json(200, Stubs.feedStatus(120, 480))));

        as(null, "admin").queryParam("force", true).post("/api/v1/claims/admin/reextract")
                .then().statusCode(202).body("cursor", is(0)).body("head", is(480));
        as(null, "admin")
                .get("/api/v1/claims/admin/feed")
                .then()
                .statusCode(200)
                .body("lag", is(360));

        claims().verifyThat(1, postRequestedFor(urlPathEqualTo("/claims/admin/reextract"))
                                .withQueryParam("force", equalTo("true")));
        // anything but true or false is refused, and nothing is rewound for it
        for (String bad : new String[]{"yes", "maybe", "TRUE", "false\u0000"}) {
            as(null, "admin")
                    .queryParam("force", bad)
                    .post("/api/v1/claims/admin/reextract")
                    .then()
                    .statusCode(400);
        }
        claims().verifyThat(1, postRequestedFor(urlPathEqualTo("/claims/admin/reextract")));
    }

    @Test
    void claimsServiceDownIs503AfterRetryingTheRead() {
        claims().register(get("/claims/" + id)
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        as(PARTNER_A, "reader")
                .header("X-Request-Id", "req-claims-down")
                .get("/api/v1/claims/{id}", id)
                .then()
                .statusCode(503)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .header("Retry-After", "5")
                .body("type", is("https://policylens.io/problems/service-unavailable"))
                .body("detail", containsString("claims-service"))
                .body("requestId", is("req-claims-down"));
        // one attempt plus the one configured retry for claims-service reads
        claims().verifyThat(2, getRequestedFor(urlPathEqualTo("/claims/" + id)));
    }

    @Test
    void aFailedReviewIsNeverRepeated() {
        claims().register(put("/claims/" + id + "/review")
                                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        as(PARTNER_A, "analyst").contentType(ContentType.JSON).body(Map.of("status", "verified"))
                .put("/api/v1/claims/{id}/review", id)
                .then().statusCode(503).contentType(startsWith(Problem.MEDIA_TYPE));
        claims().verifyThat(1, putRequestedFor(urlPathEqualTo("/claims/" + id + "/review")));
    }

    @Test
    void badInputIsRejectedWithoutCallingClaimsService() {
        as(PARTNER_A, "reader").queryParam("size", 101).get("/api/v1/claims").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE)).body("errors.field", hasItem("size"));
        as(PARTNER_A, "reader")
                .queryParam("document", "not-a-uuid")
                .get("/api/v1/claims")
                .then()
                .statusCode(400)
                .body("detail", containsString("document"));
        as(PARTNER_A, "reader")
                .queryParam("type", "rumour")
                .get("/api/v1/claims")
                .then()
                .statusCode(400);
        as(PARTNER_A, "reader")
                .queryParam("minScore", "1.5")
                .get("/api/v1/claims")
                .then()
                .statusCode(400);
        as(PARTNER_A, "reader")
                .queryParam("status", "maybe")
                .get("/api/v1/claims")
                .then()
                .statusCode(400);
        as(PARTNER_A, "reader")
                .queryParam("size", 0)
                .get("/api/v1/claims/{id}/matches", id)
                .then()
                .statusCode(400);
        as(PARTNER_A, "analyst")
                .contentType(ContentType.JSON)
                .body(Map.of("status", "probably"))
                .put("/api/v1/claims/{id}/review", id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        as(PARTNER_A, "analyst").contentType(ContentType.JSON).body(Map.of("note", "no verdict"))
                .put("/api/v1/claims/{id}/review", id).then().statusCode(400);
        as(PARTNER_A, "analyst")
                .contentType(ContentType.JSON)
                .body(Map.of("status", "verified", "reviewer", "someone-else"))
                .put("/api/v1/claims/{id}/review", id)
                .then()
                .statusCode(400)
                .body("type", is("https://policylens.io/problems/unknown-field"));
        as(PARTNER_A, "analyst")
                .contentType(ContentType.JSON)
                .body(Map.of("status", "verified", "note", "x".repeat(2001)))
                .put("/api/v1/claims/{id}/review", id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("note"));
        as(PARTNER_A, "analyst").contentType(ContentType.JSON).body(Map.of("status", "verified", "note", "a\u0000b"))
                .put("/api/v1/claims/{id}/review", id).then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE)).body("errors.field", hasItem("note"));
        as(PARTNER_A, "reader")
                .contentType(ContentType.JSON)
                .body(Map.of("text", " "))
                .post("/api/v1/claims/extract")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("text"));
        FormatRule.assertBadFormat(as(PARTNER_A, "reader")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Seoul.", "format", "pdf"))
                .post("/api/v1/claims/extract")
                .then());
        as(PARTNER_A, "reader")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "x".repeat(200_001)))
                .post("/api/v1/claims/extract")
                .then()
                .statusCode(413);

        assertThat(claims().find(anyRequestedFor(anyUrl()))).isEmpty();
    }
}
