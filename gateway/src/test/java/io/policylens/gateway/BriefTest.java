package io.policylens.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import io.policylens.common.problem.Problem;
import io.policylens.gateway.support.Stubs;
import io.policylens.recommendations.contract.RemoteRecommendation;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policylens.gateway.support.Stubs.claims;
import static io.policylens.gateway.support.Stubs.documents;
import static io.policylens.gateway.support.Stubs.recommendations;
import static io.policylens.testing.ApiCallers.PARTNER_A;
import static io.policylens.testing.ApiCallers.as;
import static io.policylens.testing.ApiCallers.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Topic and actor briefs: documents (required), strongest claims and recommendation clusters with their backing
 * documents (best effort), each service asked with the caller's token and the subject as its filter.
 */
@QuarkusTest
class BriefTest {

    private final UUID doc1 = UUID.randomUUID();
    private final UUID doc2 = UUID.randomUUID();
    private final UUID doc3 = UUID.randomUUID();

    @BeforeEach
    void stubs() {
        Stubs.reset();
        documents()
                .register(get(urlPathEqualTo("/documents"))
                                .willReturn(Stubs.json(200, Stubs.page(List.of()))));
        claims().register(get(urlPathEqualTo("/claims"))
                                .willReturn(Stubs.json(200, Stubs.claimPage(List.of(Stubs.claim(UUID.randomUUID(), doc1,
                                                                        PARTNER_A, "public", "South Korea makes 60 "
                                                                                + "percent of DRAM."))))));
        // two documents back the export-control cluster, one the subsidy cluster; one recommendation is unclustered
        RemoteRecommendation a = inCluster(Stubs.recommendation(UUID.randomUUID(), doc1, PARTNER_A, "public", 0,
                                "Seoul should coordinate export controls."), "rc-export");
        RemoteRecommendation b = inCluster(Stubs.recommendation(UUID.randomUUID(), doc2, PARTNER_A, "public", 0,
                                "Seoul must coordinate export controls."), "rc-export");
        RemoteRecommendation c = inCluster(Stubs.recommendation(UUID.randomUUID(), doc3, PARTNER_A, "public", 0,
                                "Seoul should subsidise fabs."), "rc-subsidy");
        RemoteRecommendation d = inCluster(Stubs.recommendation(UUID.randomUUID(), doc3, PARTNER_A, "public", 0,
                                "Seoul could train engineers."), null);
        recommendations()
                .register(get(urlPathEqualTo("/recommendations"))
                                .willReturn(Stubs.json(200, Stubs.recommendationPage(List.of(c, a, d, b)))));
    }

    private static RemoteRecommendation inCluster(RemoteRecommendation r, String cluster) {
        return new RemoteRecommendation(r.id(), r.documentId(),
                r.documentTitle() + " " + r.documentId().toString().substring(0, 4), r.publisher(), r.publishedDate(),
                r.visibility(), r.ownerOrg(), r.start(), r.end(), r.text(), r.actor(), r.strength(), r.action(),
                r.topics(), r.forums(), r.entities(), r.section(), r.sentenceIndex(), r.negated(), cluster, r.status(),
                r.statusChangedAt(), r.extractorVersion(), r.documentRevision());
    }

    @Test
    void topicBriefFiltersEveryServiceByTopicAndGroupsClusters() {
        String token = bearer(PARTNER_A, "reader");
        given().header("Authorization", token)
                .queryParam("size", 5)
                .get("/api/v1/topics/{topic}/brief", "semiconductors")
                .then()
                .statusCode(200)
                .body("kind", is("topic"))
                .body("subject", is("semiconductors"))
                .body("degraded", is(false))
                .body("claims.items[0].text", is("South Korea makes 60 percent of DRAM."))
                .body("documents.total", is(0))
                .body("clusters.clusterId", contains("rc-export", "rc-subsidy", null))
                .body("clusters[0].documents.id", containsInAnyOrder(doc1.toString(), doc2.toString()))
                .body("clusters[0].recommendations.size()", is(2))
                .body("clusters[1].documents.id", contains(doc3.toString()));
        documents()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/documents"))
                                .withQueryParam("topic", equalTo("semiconductors"))
                                .withQueryParam("size", equalTo("5"))
                                .withHeader("Authorization", equalTo(token)));
        claims().verifyThat(1, getRequestedFor(urlPathEqualTo("/claims"))
                                .withQueryParam("topic", equalTo("semiconductors"))
                                .withQueryParam("size", equalTo("5"))
                                .withoutQueryParam("document")
                                .withHeader("Authorization", equalTo(token)));
        recommendations()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/recommendations"))
                                .withQueryParam("topic", equalTo("semiconductors"))
                                .withQueryParam("size", equalTo("100"))
                                .withHeader("Authorization", equalTo(token)));
    }

    @Test
    void actorBriefFiltersByEntityAndAddressee() {
        as(PARTNER_A, "reader")
                .queryParam("size", 2)
                .get("/api/v1/actors/{actor}/brief", "south-korea")
                .then()
                .statusCode(200)
                .body("kind", is("actor"))
                .body("clusters.size()", is(2));
        documents()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/documents"))
                                .withQueryParam("entity", equalTo("south-korea")));
        claims().verifyThat(1, getRequestedFor(urlPathEqualTo("/claims"))
                                .withQueryParam("entity", equalTo("south-korea")));
        recommendations()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/recommendations"))
                                .withQueryParam("actor", equalTo("south korea")));
    }

    @Test
    void claimsAndRecommendationsDownDegradeTheBrief() {
        claims().register(get(urlPathEqualTo("/claims"))
                                .atPriority(1)
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        recommendations()
                .register(get(urlPathEqualTo("/recommendations"))
                                .atPriority(1)
                                .willReturn(aResponse().withStatus(503)));

        as(PARTNER_A, "reader")
                .get("/api/v1/topics/{topic}/brief", "semiconductors")
                .then()
                .statusCode(200)
                .body("degraded", is(true))
                .body("missing", contains("claims", "recommendations"))
                .body("claims", nullValue())
                .body("clusters", nullValue())
                .body("documents.total", is(0));
    }

    @Test
    void documentsServiceDownIs503AndBadSubjectsAre400() {
        documents()
                .register(get(urlPathEqualTo("/documents"))
                                .atPriority(1)
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        as(PARTNER_A, "reader").get("/api/v1/topics/{topic}/brief", "semiconductors")
                .then().statusCode(503).contentType(startsWith(Problem.MEDIA_TYPE));

        Stubs.reset();
        as(PARTNER_A, "reader")
                .get("/api/v1/topics/{topic}/brief", "Semi Conductors")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(PARTNER_A, "reader")
                .queryParam("size", 101)
                .get("/api/v1/actors/{actor}/brief", "south-korea")
                .then()
                .statusCode(400);
        as(PARTNER_A).get("/api/v1/actors/{actor}/brief", "south-korea").then().statusCode(403);
        given().get("/api/v1/actors/{actor}/brief", "south-korea").then().statusCode(401);
        assertThat(documents().find(anyRequestedFor(anyUrl()))).isEmpty();
    }
}
