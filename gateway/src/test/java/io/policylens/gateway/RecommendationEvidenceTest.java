package io.policylens.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import io.policylens.claims.contract.RemoteClaim;
import io.policylens.common.problem.Problem;
import io.policylens.gateway.support.Stubs;
import io.policylens.recommendations.contract.RemoteRecommendation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
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
import static io.policylens.testing.ApiCallers.as;
import static io.policylens.testing.ApiCallers.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * GET /api/v1/recommendations/{id}/evidence: recommendation -> claims -> exact source spans, against stand-ins
 * serialised from the services' contract records; claims-service missing claims or down gives a degraded answer
 * with the spans stored on the links, a missing recommendation or document is relayed, documents-service down is a 503.
 */
@QuarkusTest
class RecommendationEvidenceTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    private static final String FIRST = "South Korea makes 20 percent of memory chips.";
    private static final String SECOND = "Samsung and SK Hynix lead the market.";
    private static final String ADVICE = "Washington and Seoul should coordinate export controls.";
    private static final String TEXT = FIRST + " " + SECOND + "\n\nRecommendations\n\n" + ADVICE + "\n";

    private final UUID document = UUID.randomUUID();
    private final UUID id = UUID.randomUUID();
    private final UUID claim1 = UUID.randomUUID();
    private final UUID claim2 = UUID.randomUUID();

    @BeforeEach
    void stubs() {
        Stubs.reset();
        int second = TEXT.indexOf(SECOND);
        RemoteRecommendation recommendation = Stubs.recommendation(
                        id, document, PARTNER_A, "partner", TEXT.indexOf(ADVICE), ADVICE);
        recommendations()
                .register(get("/recommendations/" + id)
                                .willReturn(Stubs.json(200, Stubs.write(recommendation.withEvidence(List.of(
                                                                        Stubs.evidenceLink(claim1, 0, FIRST),
                                                                        Stubs.evidenceLink(claim2, second,
                                                                                SECOND)))))));
        claims().register(get("/claims/" + claim1)
                                .willReturn(Stubs.json(200, Stubs.write(claimAt(claim1, 0, FIRST)))));
        claims().register(get("/claims/" + claim2)
                                .willReturn(Stubs.json(200, Stubs.write(claimAt(claim2, second, SECOND)))));
        documents()
                .register(get("/documents/" + document + "/text")
                                .willReturn(aResponse()
                                                .withStatus(200)
                                                .withHeader("Content-Type", "text/plain;charset=UTF-8")
                                                .withBody(TEXT)));
    }

    private RemoteClaim claimAt(UUID claim, int start, String text) {
        RemoteClaim c = Stubs.claim(claim, document, PARTNER_A, "partner", text);
        return new RemoteClaim(c.id(), c.documentId(), start, start + text.length(), c.text(), c.type(), c.score(),
                c.hedged(), c.hedges(), c.quantities(), c.entities(), c.topics(), c.citedSource(), c.section(),
                c.sentenceIndex(), c.document(), c.review(), c.extractorVersion(), c.updatedAt());
    }

    @Test
    void tracesTheRecommendationToItsClaimsAndTheirExactSpans() {
        String token = bearer(PARTNER_A, "reader");
        given().header("Authorization", token)
                .header("X-Request-Id", "req-evidence-1")
                .get("/api/v1/recommendations/{id}/evidence", id)
                .then()
                .statusCode(200)
                .header("X-Request-Id", "req-evidence-1")
                .body("degraded", is(false))
                .body("missing", empty())
                .body("recommendation.id", is(id.toString()))
                .body("recommendation", not(hasKey("evidence")))
                .body("source.quote", is(ADVICE))
                .body("source.matchesStoredText", is(true))
                .body("evidence.claimId", contains(claim1.toString(), claim2.toString()))
                .body("evidence.origin", contains("claims-service", "claims-service"))
                .body("evidence[0].claim.type", is("statistic"))
                .body("evidence[0].claim.review.status", is("unreviewed"))
                .body("evidence[0].linkScore", is(0.42f))
                .body("evidence.source.quote", contains(FIRST, SECOND))
                .body("evidence.source.matchesStoredText", contains(true, true));
        for (var service : List.of(recommendations(), claims(), documents())) {
            service.find(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                                    com.github.tomakehurst.wiremock.client.WireMock.anyUrl()))
                    .forEach(r -> {
                                org.assertj.core.api.Assertions.assertThat(r.getHeader("Authorization"))
                                        .isEqualTo(token);
                                org.assertj.core.api.Assertions.assertThat(r.getHeader("X-Request-Id"))
                                        .isEqualTo("req-evidence-1");
                            });
        }
        claims().verifyThat(1, getRequestedFor(urlPathEqualTo("/claims/" + claim2)));
    }

    @Test
    void aClaimClaimsServiceNoLongerServesFallsBackToTheLinksSpan() {
        claims().register(get("/claims/" + claim2)
                                .atPriority(1)
                                .willReturn(Stubs.problemResponse(404, Stubs.problem(404, "not-found",
                                                        "no claim " + claim2, "/claims/" + claim2))));

        as(PARTNER_A, "reader")
                .get("/api/v1/recommendations/{id}/evidence", id)
                .then()
                .statusCode(200)
                .body("degraded", is(true))
                .body("missing", contains("claim:" + claim2))
                .body("reasons.'claim:" + claim2 + "'", is("claims-service answered 404"))
                .body("evidence.origin", contains("claims-service", "evidence-link"))
                .body("evidence[1].claim", nullValue())
                .body("evidence[1].source.quote", is(SECOND))
                .body("evidence[1].source.matchesStoredText", is(true));
        // the metric names the kind of part that was missing, not the claim
        given().get(metrics)
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString(
                                "policylens_gateway_degraded_answers_total{missing=\"claim\","
                                + "view=\"recommendation-evidence\"}"))
                .body(not(org.hamcrest.Matchers.containsString(claim2.toString())));
    }

    @Test
    void claimsServiceDownGivesADegradedAnswerWithTheStoredSpansAndIsAskedOnce() {
        claims().register(get(urlPathEqualTo("/claims/" + claim1))
                                .atPriority(1)
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        as(PARTNER_A, "reader").get("/api/v1/recommendations/{id}/evidence", id)
                .then().statusCode(200)
                .body("degraded", is(true)).body("missing", contains("claims"))
                .body("reasons.claims", startsWith("claims-service"))
                .body("evidence.origin", contains("evidence-link", "evidence-link"))
                .body("evidence.source.quote", contains(FIRST, SECOND))
                .body("source.quote", is(ADVICE));
        // the failed read is retried once; after that claims-service is not asked for the second claim
        claims().verifyThat(2, getRequestedFor(urlPathEqualTo("/claims/" + claim1)));
        claims().verifyThat(0, getRequestedFor(urlPathEqualTo("/claims/" + claim2)));
    }

    @Test
    void aChangedDocumentTextIsFlaggedSpanBySpan() {
        String changed = "South Korea makes 25 percent of memory chips. " + SECOND;
        documents()
                .register(get("/documents/" + document + "/text")
                                .atPriority(1)
                                .willReturn(aResponse()
                                                .withStatus(200)
                                                .withHeader("Content-Type", "text/plain")
                                                .withBody(changed)));

        as(PARTNER_A, "reader")
                .get("/api/v1/recommendations/{id}/evidence", id)
                .then()
                .statusCode(200)
                .body("evidence[0].source.matchesStoredText", is(false))
                .body("evidence[0].source.quote", is("South Korea makes 25 percent of memory chips."))
                .body("evidence[1].source.matchesStoredText", is(true))
                .body("source.quote", nullValue())
                .body("source.matchesStoredText", is(false));
    }

    @Test
    void missingRecommendationOrDocumentIsRelayedAndDocumentsServiceDownIs503() {
        UUID unknown = UUID.randomUUID();
        String notFound = Stubs.problem(404, "not-found", "no recommendation " + unknown,
                        "/recommendations/" + unknown);
        recommendations()
                .register(get("/recommendations/" + unknown)
                                .willReturn(Stubs.problemResponse(404, notFound)));
        as(PARTNER_A, "reader").get("/api/v1/recommendations/{id}/evidence", unknown)
                .then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE));

        documents()
                .register(get("/documents/" + document + "/text")
                                .atPriority(1)
                                .willReturn(Stubs.problemResponse(404, Stubs.problem(404, "not-found", "no document",
                                                        "/documents/" + document))));
        as(PARTNER_A, "reader").get("/api/v1/recommendations/{id}/evidence", id)
                .then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE));

        documents()
                .register(get("/documents/" + document + "/text")
                                .atPriority(1)
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        as(PARTNER_A, "reader").get("/api/v1/recommendations/{id}/evidence", id)
                .then().statusCode(503).contentType(startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void recommendationsServiceDownIs503() {
        recommendations()
                .register(get("/recommendations/" + id)
                                .atPriority(1)
                                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        as(PARTNER_A, "reader").get("/api/v1/recommendations/{id}/evidence", id)
                .then().statusCode(503).contentType(startsWith(Problem.MEDIA_TYPE));
    }
}
