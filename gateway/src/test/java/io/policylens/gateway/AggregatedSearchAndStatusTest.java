package io.policylens.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import io.policylens.claims.contract.RemoteClaim;
import io.policylens.common.problem.Problem;
import io.policylens.gateway.support.Stubs;
import io.policylens.testing.ApiCallers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * GET /api/v1/search (documents required, claims best effort) and GET /api/v1/documents/{id}/status
 * (documents-service's revision against the revision claims-service's claims reflect).
 */
@QuarkusTest
class AggregatedSearchAndStatusTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    private final UUID document = UUID.randomUUID();

    private final UUID recommendation = UUID.randomUUID();

    @BeforeEach
    void reset() {
        Stubs.reset();
        // recommendations-service holds one recommendation of the document, extracted from revision 2
        recommendations()
                .register(get(urlPathEqualTo("/recommendations"))
                                .willReturn(Stubs.json(200, Stubs.recommendationPage(List.of(Stubs.atRevision(
                                                                        Stubs.recommendation(recommendation, document,
                                                                                PARTNER_A, "partner", 0, "Seoul should "
                                                                                        + "coordinate D"
                                                                                        + "RAM exports."), 2))))));
    }

    private RemoteClaim claimOfRevision(int revision) {
        RemoteClaim c = Stubs.claim(UUID.randomUUID(), document, PARTNER_A, "partner",
                        "South Korea accounts for 60 percent of DRAM.");
        var d = c.document();
        return new RemoteClaim(c.id(), c.documentId(), c.start(), c.end(), c.text(), c.type(), c.score(), c.hedged(),
                c.hedges(), c.quantities(), c.entities(), c.topics(), c.citedSource(), c.section(), c.sentenceIndex(),
                new RemoteClaim.Document(d.id(), d.title(), d.publisher(), d.publishedDate(), d.url(), revision,
                        d.visibility(), d.ownerOrg()), c.review(), c.extractorVersion(), c.updatedAt());
    }

    /** documents-service holds the document at revision 2 (the contract record carries revision 1: patched here). */
    private void documentAtRevision(int revision) {
        String json = Stubs.document(document, PARTNER_A, "partner")
                        .replace("\"revision\":1", "\"revision\":" + revision);
        documents().register(get("/documents/" + document).willReturn(Stubs.json(200, json)));
    }

    /** claims-service's answer to every claim list: these claims. */
    private static void claimsAnswer(RemoteClaim... found) {
        claims().register(get(urlPathEqualTo("/claims")).willReturn(Stubs.json(200, Stubs.claimPage(List.of(found)))));
    }

    /** recommendations-service holds no recommendation of the document after all (over the one of reset()). */
    private static void noRecommendations() {
        recommendations().register(get(urlPathEqualTo("/recommendations")).atPriority(1)
                .willReturn(Stubs.json(200, Stubs.recommendationPage(List.of()))));
    }

    private static void noDocumentHits() {
        documents().register(get(urlPathEqualTo("/documents/search"))
                .willReturn(Stubs.json(200, Stubs.page(List.of()))));
    }

    /** The document's status as the caller sees it, which must be a 200. */
    private ValidatableResponse status(String organisation, String role) {
        return statusWith(bearer(organisation, role));
    }

    private ValidatableResponse statusWith(String token) {
        return given().header("Authorization", token).get("/api/v1/documents/{id}/status", document).then()
                .statusCode(200);
    }

    @Test
    void searchCombinesDocumentHitsAndClaims() {
        RemoteClaim claim = claimOfRevision(1);
        documents()
                .register(get(urlPathEqualTo("/documents/search"))
                                .willReturn(Stubs.json(200, Stubs.page(List.of(java.util.Map.of("id",
                                                                        document.toString(), "title",
                                                                        "Why Tech Cooperation Matters"))))));
        claimsAnswer(claim);
        String token = bearer(PARTNER_A, "reader");

        given().header("Authorization", token)
                .queryParam("q", "DRAM market")
                .queryParam("size", 5)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("query", is("DRAM market"))
                .body("documents.items[0].id", is(document.toString()))
                .body("claims.items[0].id", is(claim.id().toString()))
                .body("degraded", is(false))
                .body("missing", empty());

        documents()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/documents/search"))
                                .withHeader("Authorization", equalTo(token))
                                .withQueryParam("q", equalTo("DRAM market"))
                                .withQueryParam("size", equalTo("5")));
        claims().verifyThat(1, getRequestedFor(urlPathEqualTo("/claims"))
                                .withHeader("Authorization", equalTo(token))
                                .withQueryParam("q", equalTo("DRAM market"))
                                .withQueryParam("size", equalTo("5"))
                                .withoutQueryParam("document"));
    }

    @Test
    void searchWithClaimsServiceDownIsDegraded() {
        noDocumentHits();
        claims().register(get(urlPathEqualTo("/claims"))
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        as(PARTNER_A, "reader").queryParam("q", "chips").get("/api/v1/search")
                .then().statusCode(200)
                .body("documents.total", is(0))
                .body("claims", nullValue())
                .body("degraded", is(true)).body("missing", contains("claims"))
                .body("reasons.claims", containsString("claims-service"));
        given().get(metrics).then().body(containsString("view=\"search\""));
    }

    @Test
    void searchWithDocumentsServiceDownIs503() {
        documents()
                .register(get(urlPathEqualTo("/documents/search"))
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        as(PARTNER_A, "reader").queryParam("q", "chips").get("/api/v1/search")
                .then().statusCode(503).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("detail", containsString("documents-service"));
        assertThat(claims().find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void searchNeedsAQuery() {
        as(PARTNER_A, "reader")
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("q"));
        as(PARTNER_A, "reader")
                .queryParam("q", "chips")
                .queryParam("size", 101)
                .get("/api/v1/search")
                .then()
                .statusCode(400);
        assertThat(documents().find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void statusIsCurrentWhenClaimsReflectTheDocumentsRevision() {
        documentAtRevision(2);
        claims().register(get(urlPathEqualTo("/claims"))
                                .withQueryParam("document", equalTo(document.toString()))
                                .willReturn(Stubs.json(200, Stubs.claimPage(List.of(claimOfRevision(2))))));

        status(PARTNER_A, "reader")
                .body("revision", is(2))
                .body("complete", is(true))
                .body("degraded", is(false))
                .body("services.service", contains("documents", "claims", "recommendations"))
                .body("services[2].state", is("current"))
                .body("services[1].state", is("current"))
                .body("services[1].revision", is(2))
                .body("services[1].items", is(1))
                .body("services[1].feed", nullValue());
        // readers are not asked about the feed: claims-service would refuse them
        claims().verifyThat(0, getRequestedFor(urlPathEqualTo("/claims/admin/feed")));
        recommendations()
                .verifyThat(0, getRequestedFor(urlPathEqualTo("/recommendations/admin/feed")));
    }

    @Test
    void statusIsOutdatedWhileANewRevisionIsExtracted() {
        documentAtRevision(3);
        claimsAnswer(claimOfRevision(2));

        status(PARTNER_A, "reader").body("complete", is(false))
                .body("services[1].state", is("outdated")).body("services[1].revision", is(2))
                .body("services[1].detail", containsString("revision 3"));
    }

    @Test
    void administratorsSeeTheFeedLagThatTellsEmptyFromPending() {
        documentAtRevision(1);
        claimsAnswer();
        claims().register(get("/claims/admin/feed")
                                .willReturn(Stubs.json(200, Stubs.feedStatus(40, 40))));

        status(null, "admin").body("complete", is(true))
                .body("services[1].state", is("empty")).body("services[1].feed.lag", is(0));

        claims().register(get("/claims/admin/feed")
                                .atPriority(1)
                                .willReturn(Stubs.json(200, Stubs.feedStatus(38, 40))));
        status(null, "admin").body("complete", is(false))
                .body("services[1].state", is("pending")).body("services[1].feed.lag", is(2));
        status(PARTNER_A, "reader")
                .body("services[1].state", is("pending"))
                .body("services[1].feed", nullValue());
    }

    @Test
    void statusDegradesWhenClaimsServiceIsDown() {
        documentAtRevision(1);
        claims().register(get(urlPathEqualTo("/claims")).willReturn(aResponse().withStatus(503)));

        status(PARTNER_A, "reader")
                .body("degraded", is(true))
                .body("missing", contains("claims"))
                .body("complete", is(false))
                .body("services[1].state", is("unavailable"))
                .body("services[1].detail", containsString("claims-service"));
    }

    @Test
    void statusOfAnInvisibleOrAbsentDocumentIsTheDocumentsServiceProblem() {
        String problem = Stubs.problem(404, "not-found", "no document " + document, "/documents/" + document);
        documents()
                .register(get("/documents/" + document)
                                .willReturn(Stubs.problemResponse(404, problem)));

        String body = as(PARTNER_A, "reader").get("/api/v1/documents/{id}/status", document)
                .then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE)).extract().asString();
        assertThat(body).isEqualTo(problem);
        assertThat(claims().find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void searchIncludesRecommendationsMatchingTheQuery() {
        noDocumentHits();
        claimsAnswer();
        String token = ApiCallers.bearer(PARTNER_A, "reader");

        given().header("Authorization", token)
                .queryParam("q", "DRAM exports")
                .queryParam("size", 5)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("degraded", is(false))
                .body("recommendations.items[0].id", is(recommendation.toString()))
                .body("recommendations.total", is(1));
        recommendations()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/recommendations"))
                                .withQueryParam("q", equalTo("DRAM exports"))
                                .withQueryParam("size", equalTo("5"))
                                .withHeader("Authorization", equalTo(token)));
    }

    @Test
    void searchWithRecommendationsServiceDownIsDegraded() {
        noDocumentHits();
        claimsAnswer();
        recommendations()
                .register(get(urlPathEqualTo("/recommendations"))
                                .atPriority(1)
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ApiCallers.as(PARTNER_A, "reader")
                .queryParam("q", "DRAM")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("degraded", is(true))
                .body("missing", contains("recommendations"))
                .body("recommendations", nullValue())
                .body("claims.total", is(0));
    }

    @Test
    void statusFollowsRecommendationsToo() {
        documentAtRevision(3);
        claimsAnswer(claimOfRevision(3));

        status(PARTNER_A, "reader")
                .body("complete", is(false))
                .body("services[1].state", is("current"))
                .body("services[2].service", is("recommendations"))
                .body("services[2].state", is("outdated"))
                .body("services[2].revision", is(2))
                .body("services[2].items", is(1));
        recommendations()
                .verifyThat(getRequestedFor(urlPathEqualTo("/recommendations"))
                                .withQueryParam("document", equalTo(document.toString()))
                                .withQueryParam("size", equalTo("1")));

        recommendations()
                .register(get(urlPathEqualTo("/recommendations"))
                                .atPriority(1)
                                .willReturn(aResponse().withStatus(503)));
        status(PARTNER_A, "reader")
                .body("degraded", is(true))
                .body("missing", contains("recommendations"))
                .body("services[2].state", is("unavailable"));
    }

    @Test
    void administratorsSeeTheRecommendationsFeedToo() {
        documentAtRevision(2);
        claimsAnswer();
        noRecommendations();
        recommendations()
                .register(get("/recommendations/admin/feed")
                                .willReturn(Stubs.json(200, Stubs.recommendationsFeed(40, 40))));

        status(null, "admin")
                .body("services[2].state", is("empty"))
                .body("services[2].feed.lag", is(0));
    }

    @Test
    void aServiceThatProcessedTheRevisionAndFoundNothingIsEmptyForAnyReader() {
        documentAtRevision(2);
        claimsAnswer(claimOfRevision(2));
        noRecommendations();
        recommendations().register(get("/recommendations/documents/" + document + "/processing")
                .willReturn(Stubs.json(200, Stubs.recommendationsProcessed(document, 2))));
        String token = ApiCallers.bearer(PARTNER_A, "reader");

        statusWith(token)
                .body("complete", is(true))
                .body("services[2].state", is("empty"))
                .body("services[2].revision", is(2))
                .body("services[2].items", is(0))
                .body("services[2].feed", nullValue())
                .body("services[2].detail", containsString("processed revision 2"));
        // asked with the caller's own token, so recommendations-service scopes the answer; claims
        // (which hold items) are not asked
        recommendations()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/recommendations/documents/" + document + "/processing"))
                                .withHeader("Authorization", equalTo(token)));
        claims().verifyThat(0, getRequestedFor(urlPathEqualTo("/claims/documents/" + document + "/processing")));
    }

    @Test
    void aServiceThatProcessedAnOlderRevisionOrNoneIsPending() {
        documentAtRevision(3);
        claimsAnswer();
        claims().register(get("/claims/documents/" + document + "/processing")
                .willReturn(Stubs.json(200, Stubs.claimsProcessed(document, 2))));
        noRecommendations();
        recommendations()
                .register(get("/recommendations/documents/" + document + "/processing")
                                .willReturn(Stubs.problemResponse(404, Stubs.problem(404, "not-found", "none",
                                                        "/recommendations/documents/" + document + "/processing"))));

        status(PARTNER_A, "reader").body("complete", is(false)).body("degraded", is(false))
                .body("services[1].state", is("pending")).body("services[1].revision", is(2))
                .body("services[1].detail", containsString("revision 3 is still to be processed"))
                .body("services[2].state", is("pending")).body("services[2].revision", nullValue());

        // the processed-revision question failing is no outage: the answer is just less precise
        claims().register(get("/claims/documents/" + document + "/processing")
                                .atPriority(1)
                                .willReturn(aResponse().withStatus(503)));
        status(PARTNER_A, "reader")
                .body("degraded", is(false))
                .body("services[1].state", is("pending"));
    }
}
