package io.policylens.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import io.policylens.common.problem.Problem;
import io.policylens.gateway.support.Stubs;
import io.policylens.testing.ApiCallers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policylens.gateway.support.Stubs.claims;
import static io.policylens.gateway.support.Stubs.documents;
import static io.policylens.gateway.support.Stubs.recommendations;
import static io.policylens.testing.ApiCallers.PARTNER_A;
import static io.policylens.testing.ApiCallers.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * GET /api/v1/documents/{id}/analysis: the document is required, claims and recommendations are best
 * effort, and a degraded answer says what is missing.
 */
@QuarkusTest
class AnalysisTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    private final UUID id = UUID.randomUUID();

    @BeforeEach
    void reset() {
        Stubs.reset();
        documents()
                .register(get("/documents/" + id)
                                .willReturn(Stubs.json(200, Stubs.document(id, PARTNER_A, "partner"))));
        documents()
                .register(get(urlPathEqualTo("/documents/" + id + "/sentences"))
                                .willReturn(Stubs.json(200, Stubs.sentences())));
    }

    private final UUID claim1 = UUID.randomUUID();
    private final UUID claim2 = UUID.randomUUID();

    private void claimsAnswer() {
        claims().register(get(urlPathEqualTo("/claims"))
                                .withQueryParam("document", equalTo(id.toString()))
                                .willReturn(Stubs.json(200, Stubs.claimPage(List.of(Stubs.claim(claim1, id, PARTNER_A,
                                                                        "partner", "South Korea makes 20 percent of "
                                                                                + "memory chips."),
                                                                Stubs.claim(claim2, id, PARTNER_A, "partner",
                                                                        "Samsung and SK Hynix lead the market."))))));
    }

    private void recommendationsAnswer() {
        recommendations()
                .register(get(urlPathEqualTo("/recommendations"))
                                .withQueryParam("document", equalTo(id.toString()))
                                .willReturn(Stubs.json(200, Stubs.page(List.of(Map.of("id", "r1", "text",
                                                                        "Washington and Seoul should coordinate export "
                                                                        + "controls.", "strength", "should",
                                                                        "evidence", List.of(Map.of("claim", "c1",
                                                                                        "reason",
                                                                                        "same section"))))))));
    }

    @Test
    void outlineSentWithTheDocumentSavesTheSentencePage() {
        UUID outlined = UUID.randomUUID();
        documents()
                .register(get("/documents/" + outlined)
                                .willReturn(Stubs.json(200, Stubs.documentWithOutline(outlined, PARTNER_A, "public"))));
        claims().register(get(urlPathEqualTo("/claims"))
                                .willReturn(Stubs.json(200, Stubs.claimPage(List.of()))));
        recommendations()
                .register(get(urlPathEqualTo("/recommendations"))
                                .willReturn(Stubs.json(200, Stubs.page(List.of()))));

        given().header("Authorization", bearer(PARTNER_A, "reader"))
                .get("/api/v1/documents/{id}/analysis", outlined)
                .then()
                .statusCode(200)
                .body("structure.sentences", org.hamcrest.Matchers.equalTo(4))
                .body("structure.sections.title", contains(nullValue(), org.hamcrest.Matchers.equalTo("Findings"),
                                org.hamcrest.Matchers.equalTo("Recommendations")))
                .body("structure.sections.sentences", contains(1, 2, 3))
                .body("structure.sections[2].listItems", org.hamcrest.Matchers.equalTo(2))
                .body("structure.complete", org.hamcrest.Matchers.equalTo(true))
                .body("degraded", org.hamcrest.Matchers.equalTo(false));

        documents()
                .verifyThat(0, getRequestedFor(urlPathEqualTo("/documents/" + outlined + "/sentences")));
    }

    @Test
    void allServicesUpGiveTheWholePicture() { // from a documents-service without the outline: the sentence page is read
        claimsAnswer();
        recommendationsAnswer();
        String token = bearer(PARTNER_A, "reader");

        given().header("Authorization", token)
                .get("/api/v1/documents/{id}/analysis", id)
                .then()
                .statusCode(200)
                .body("document.id", org.hamcrest.Matchers.equalTo(id.toString()))
                .body("document.title", org.hamcrest.Matchers.equalTo("Why Tech Cooperation Matters"))
                .body("structure.sentences", org.hamcrest.Matchers.equalTo(4))
                .body("structure.blocks", org.hamcrest.Matchers.equalTo(5))
                .body("structure.sections.title", contains("Background", "Recommendations"))
                .body("structure.sections[1].listItems", org.hamcrest.Matchers.equalTo(1))
                .body("structure.complete", org.hamcrest.Matchers.equalTo(true))
                .body("claims.items.id", contains(claim1.toString(), claim2.toString()))
                .body("claims.items[0].citedSource.cue", org.hamcrest.Matchers.equalTo("according to"))
                .body("claims.total", org.hamcrest.Matchers.equalTo(2))
                .body("recommendations.items[0].evidence[0].claim", org.hamcrest.Matchers.equalTo("c1"))
                .body("degraded", org.hamcrest.Matchers.equalTo(false))
                .body("missing", empty());

        // every service sees the caller's own token, and the extraction services are asked for one full page
        claims().verifyThat(1, getRequestedFor(urlPathEqualTo("/claims"))
                                .withHeader("Authorization", equalTo(token))
                                .withQueryParam("size", equalTo("100")));
        recommendations()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/recommendations"))
                                .withHeader("Authorization", equalTo(token))
                                .withQueryParam("size", equalTo("100")));
    }

    @Test
    void claimsServiceDownDegradesTheAnswer() {
        claims().register(get(urlPathEqualTo("/claims"))
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        recommendationsAnswer();

        given().header("Authorization", bearer(PARTNER_A, "reader"))
                .get("/api/v1/documents/{id}/analysis", id)
                .then()
                .statusCode(200)
                .body("degraded", org.hamcrest.Matchers.equalTo(true))
                .body("missing", contains("claims"))
                .body("reasons.claims", containsString("claims-service"))
                .body("claims", nullValue())
                .body("recommendations.items", hasSize(1))
                .body("document.id", org.hamcrest.Matchers.equalTo(id.toString()));
    }

    @Test
    void servicesNotYetDeployedDegradeTheAnswer() {
        // no stubs: the stand-ins answer 404, like a route to a service that is not deployed
        given().header("Authorization", bearer(PARTNER_A, "reader"))
                .get("/api/v1/documents/{id}/analysis", id)
                .then()
                .statusCode(200)
                .body("degraded", org.hamcrest.Matchers.equalTo(true))
                .body("missing", contains("claims", "recommendations"))
                .body("reasons.recommendations", containsString("404"));

        given().get(metrics)
                .then()
                .body(containsString("policylens_gateway_degraded_answers_total{missing=\"recommendations\","
                        + "view=\"document-analysis\"}"));
    }

    @Test
    void aSlowRecommendationsServiceDegradesInsteadOfBlocking() {
        claimsAnswer();
        recommendationsAnswer();
        // warm-up: the first calls of a fresh test JVM are slow for reasons that have nothing to do with the guard
        given().header("Authorization", bearer(PARTNER_A, "reader"))
                .get("/api/v1/documents/{id}/analysis", id)
                .then()
                .statusCode(200);
        recommendations().register(get(urlPathEqualTo("/recommendations")).atPriority(1)
                .willReturn(Stubs.json(200, Stubs.page(List.of())).withFixedDelay(6000)));

        long started = System.nanoTime();
        given().header("Authorization", bearer(PARTNER_A, "reader"))
                .get("/api/v1/documents/{id}/analysis", id)
                .then()
                .statusCode(200)
                .body("missing", contains("recommendations"))
                .body("reasons.recommendations", containsString("in time"))
                .body("claims.items", hasSize(2));
        // 0.7 s timeout x 2 attempts: the answer comes before the 6 s one slow attempt would take (loose bound, the
        // machine may be busy; what matters is that the guard gave up instead of waiting)
        org.assertj.core.api.Assertions.assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5900);
    }

    @Test
    void aDocumentTheCallerMayNotSeeIsTheDocumentsServiceProblem() {
        UUID hidden = UUID.randomUUID();
        documents().register(get("/documents/" + hidden).willReturn(Stubs.problemResponse(404,
                Stubs.problem(404, "not-found", "no document " + hidden, "/documents/" + hidden))));

        given().header("Authorization", bearer(ApiCallers.PARTNER_B, "reader"))
                .get("/api/v1/documents/{id}/analysis", hidden)
                .then()
                .statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("detail", org.hamcrest.Matchers.equalTo("no document " + hidden));
        claims().verifyThat(0, getRequestedFor(urlPathEqualTo("/claims")));
    }

    @Test
    void documentsServiceDownIs503EvenWhenTheOthersAreUp() {
        claimsAnswer();
        recommendationsAnswer();
        documents()
                .register(get("/documents/" + id)
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().header("Authorization", bearer(PARTNER_A, "reader"))
                .get("/api/v1/documents/{id}/analysis", id)
                .then()
                .statusCode(503)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", org.hamcrest.Matchers.equalTo("https://policylens.io/problems/service-unavailable"));
    }
}
