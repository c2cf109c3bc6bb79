package io.policylens.gateway;

import io.policylens.common.problem.Problem;
import io.policylens.common.security.Roles;
import io.policylens.gateway.client.Downstream;
import io.policylens.gateway.support.Stubs;
import io.policylens.testing.ApiCallers;
import io.policylens.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.policylens.gateway.support.Stubs.claims;
import static io.policylens.gateway.support.Stubs.documents;
import static io.policylens.gateway.support.Stubs.recommendations;
import static io.policylens.testing.ApiCallers.PARTNER_A;
import static io.policylens.testing.ApiCallers.PARTNER_B;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every public endpoint x every kind of caller: no token, partner tokens (without roles, reader, contributor,
 * analyst) of partner A, which owns the private document and its claim, and of partner B, which does not; the
 * platform's staff (admin, an internal analyst); and tokens the gateway refuses whatever the endpoint: a partner's
 * token holding the internal role admin, a token that names no partner and holds no internal role (401 for both),
 * and the extraction services' service accounts (403). The gateway itself answers 401/403; what it lets through
 * must reach the endpoint's service with the caller's own token. The service stand-ins answer as the services would
 * for that token: everybody but partner A and admins gets 404 for A's private document and its claims.
 */
@QuarkusTest
class SecurityMatrixTest {

    private static final UUID DOCUMENT_OF_A = UUID.randomUUID();
    private static final UUID CLAIM_OF_A = UUID.randomUUID();
    private static final UUID RECOMMENDATION_OF_A = UUID.randomUUID();
    private static final List<String> RANK = List.of(Roles.READER, Roles.CONTRIBUTOR, Roles.ANALYST, Roles.ADMIN);

    /** A kind of caller: its organisation (null: the token names none) and roles; anonymous sends no token. */
    record Who(String label, String organisation, List<String> roles) {
        static Who partner(String organisation, String... roles) {
            return new Who((roles.length == 0 ? "no role" : String.join("+", roles)) + " of " + organisation,
                    organisation, List.of(roles));
        }

        static Who internal(String label, String... roles) {
            return new Who(label, null, List.of(roles));
        }

        boolean anonymous() {
            return label.equals("anonymous");
        }

        /** TokenPolicy: partners hold partner roles only, and only internal roles may omit the partner claim. */
        boolean refusedToken() {
            boolean internalRole = roles.stream().anyMatch(Roles.INTERNAL_ROLES::contains);
            return organisation == null ? !internalRole : internalRole;
        }

        int rank() {
            return roles.stream().mapToInt(RANK::indexOf).max().orElse(-1);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final List<Who> CALLERS = List.of(
            new Who("anonymous", null, List.of()),
            Who.partner(PARTNER_A), Who.partner(PARTNER_B),
            Who.partner(PARTNER_A, Roles.READER), Who.partner(PARTNER_B, Roles.READER),
            Who.partner(PARTNER_A, Roles.CONTRIBUTOR), Who.partner(PARTNER_B, Roles.CONTRIBUTOR),
            Who.partner(PARTNER_A, Roles.ANALYST), Who.partner(PARTNER_B, Roles.ANALYST),
            Who.internal("admin", Roles.ADMIN),
            Who.internal("internal analyst", Roles.INTERNAL, Roles.ANALYST),
            Who.partner(PARTNER_A, Roles.ADMIN),
            Who.internal("reader without partner", Roles.READER),
            Who.internal("service account", Roles.SERVICE),
            Who.internal("service account with reader", Roles.SERVICE, Roles.READER));

    /**
     * endpoint -> service it relays, lowest role it needs, whether it addresses A's item, status
     * when allowed and visible
     */
    enum Endpoint {
        LIST(Downstream.DOCUMENTS, Roles.READER, false, 200, (r, id) -> r.get("/api/v1/documents")),
        SEARCH(Downstream.DOCUMENTS, Roles.READER, false, 200,
                (r, id) -> r.queryParam("q", "chips").get("/api/v1/documents/search")), GET(Downstream.DOCUMENTS,
                Roles.READER, true, 200, (r, id) -> r.get("/api/v1/documents/{id}", id)), TEXT(Downstream.DOCUMENTS,
                Roles.READER, true, 200, (r, id) -> r.get("/api/v1/documents/{id}/text", id)), SENTENCES(
                Downstream.DOCUMENTS, Roles.READER, true, 200,
                (r, id) -> r.get("/api/v1/documents/{id}/sentences", id)), ANALYSIS(Downstream.DOCUMENTS, Roles.READER,
                true, 200, (r, id) -> r.get("/api/v1/documents/{id}/analysis", id)), SUBMIT(Downstream.DOCUMENTS,
                Roles.CONTRIBUTOR, false, 201, (r, id) ->
                        r.contentType(ContentType.JSON)
                                .body(Map.of("content", "Seoul should act.", "format", "text"))
                                .post("/api/v1/documents")), UPLOAD(Downstream.DOCUMENTS, Roles.CONTRIBUTOR, false, 201,
                (r, id) ->
                        r.multiPart("file", "b.txt", "Seoul should act.".getBytes(StandardCharsets.UTF_8))
                                .post("/api/v1/documents")), DELETE(Downstream.DOCUMENTS, Roles.ADMIN, true, 204,
                (r, id) -> r.delete("/api/v1/documents/{id}", id)), STATUS(Downstream.DOCUMENTS, Roles.READER, true,
                200, (r, id) -> r.get("/api/v1/documents/{id}/status", id)), SEARCH_ALL(Downstream.DOCUMENTS,
                Roles.READER, false, 200, (r, id) -> r.queryParam("q", "chips").get("/api/v1/search")), TOPIC_BRIEF(
                Downstream.DOCUMENTS, Roles.READER, false, 200,
                (r, id) -> r.get("/api/v1/topics/semiconductors/brief")), ACTOR_BRIEF(Downstream.DOCUMENTS,
                Roles.READER, false, 200, (r, id) -> r.get("/api/v1/actors/south-korea/brief")), CLAIMS(
                Downstream.CLAIMS, Roles.READER, false, 200,
                (r, id) -> r.queryParam("type", "statistic").get("/api/v1/claims")), CLAIM(Downstream.CLAIMS,
                Roles.READER, true, 200, (r, id) -> r.get("/api/v1/claims/{id}", id)),
        CLAIM_REVIEW(Downstream.CLAIMS, Roles.ANALYST, true, 200, (r, id) -> r.contentType(ContentType.JSON)
                .body(Map.of("status", "verified")).put("/api/v1/claims/{id}/review", id)),
        CLAIM_REVIEWS(Downstream.CLAIMS, Roles.READER, true, 200, (r, id) -> r.get("/api/v1/claims/{id}/reviews", id)),
        CLAIM_MATCHES(Downstream.CLAIMS, Roles.READER, true, 200, (r, id) -> r.get("/api/v1/claims/{id}/matches", id)),
        CLAIM_EXPORT(Downstream.CLAIMS, Roles.READER, true, 200,
                (r, id) -> r.get("/api/v1/claims/{id}/claimreview", id)), CLAIM_EXTRACT(Downstream.CLAIMS, Roles.READER,
                false, 200, (r, id) ->
                        r.contentType(ContentType.JSON)
                                .body(Map.of("text", "Seoul holds 60 percent of the market."))
                                .post("/api/v1/claims/extract")), CLAIMS_REEXTRACT(Downstream.CLAIMS, Roles.ADMIN,
                false, 202, (r, id) -> r.post("/api/v1/claims/admin/reextract")), CLAIMS_FEED(Downstream.CLAIMS,
                Roles.ADMIN, false, 200, (r, id) -> r.get("/api/v1/claims/admin/feed")), CLAIMS_DEAD_LETTERS(
                Downstream.CLAIMS, Roles.ADMIN, false, 200, (r, id) -> r.get("/api/v1/claims/admin/feed/dead-letters")),
        CLAIMS_DEAD_LETTER_REPLAY(Downstream.CLAIMS, Roles.ADMIN, false, 200,
                (r, id) -> r.post("/api/v1/claims/admin/feed/dead-letters/4-17/replay")), CLAIMS_DEAD_LETTERS_REPLAY(
                Downstream.CLAIMS, Roles.ADMIN, false, 200,
                (r, id) -> r.post("/api/v1/claims/admin/feed/dead-letters/replay")), RECOMMENDATIONS(
                Downstream.RECOMMENDATIONS, Roles.READER, false, 200,
                (r, id) -> r.queryParam("strength", "should").get("/api/v1/recommendations")), RECOMMENDATION(
                Downstream.RECOMMENDATIONS, Roles.READER, true, 200,
                (r, id) -> r.get("/api/v1/recommendations/{id}", id)), RECOMMENDATION_EVIDENCE(
                Downstream.RECOMMENDATIONS, Roles.READER, true, 200,
                (r, id) -> r.get("/api/v1/recommendations/{id}/evidence", id)), RECOMMENDATION_HISTORY(
                Downstream.RECOMMENDATIONS, Roles.READER, true, 200,
                (r, id) -> r.get("/api/v1/recommendations/{id}/history", id)), RECOMMENDATION_STATUS(
                Downstream.RECOMMENDATIONS, Roles.ANALYST, true, 200, (r, id) ->
                        r.contentType(ContentType.JSON)
                                .body(Map.of("status", "under_consideration"))
                                .post("/api/v1/recommendations/{id}/status", id)), RECOMMENDATION_CLUSTERS(
                Downstream.RECOMMENDATIONS, Roles.READER, false, 200,
                (r, id) -> r.get("/api/v1/recommendations/clusters")), RECOMMENDATION_CLUSTER(
                Downstream.RECOMMENDATIONS, Roles.READER, false, 200,
                (r, id) -> r.get("/api/v1/recommendations/clusters/rc-matrix")), RECOMMENDATION_EXTRACT(
                Downstream.RECOMMENDATIONS, Roles.READER, false, 200, (r, id) ->
                        r.contentType(ContentType.JSON)
                                .body(Map.of("text", "Seoul should act."))
                                .post("/api/v1/recommendations/extract")), RECOMMENDATIONS_REEXTRACT(
                Downstream.RECOMMENDATIONS, Roles.ADMIN, false, 202,
                (r, id) -> r.post("/api/v1/recommendations/admin/reextract")), RECOMMENDATIONS_FEED(
                Downstream.RECOMMENDATIONS, Roles.ADMIN, false, 200,
                (r, id) -> r.get("/api/v1/recommendations/admin/feed")), RECOMMENDATIONS_DEAD_LETTERS(
                Downstream.RECOMMENDATIONS, Roles.ADMIN, false, 200,
                (r, id) -> r.get("/api/v1/recommendations/admin/feed/dead-letters")),
        RECOMMENDATIONS_DEAD_LETTER_REPLAY(Downstream.RECOMMENDATIONS, Roles.ADMIN, false, 200,
                (r, id) -> r.post("/api/v1/recommendations/admin/feed/dead-letters/4-17/replay")),
        RECOMMENDATIONS_DEAD_LETTERS_REPLAY(Downstream.RECOMMENDATIONS, Roles.ADMIN, false, 200,
                (r, id) -> r.post("/api/v1/recommendations/admin/feed/dead-letters/replay"));

        final Downstream service;
        final String requiredRole;
        final boolean addressesItemOfA;
        final int success;
        final BiFunction<RequestSpecification, UUID, Response> call;

        Endpoint(Downstream service, String requiredRole, boolean addressesItemOfA, int success,
                 BiFunction<RequestSpecification, UUID, Response> call) {
            this.service = service;
            this.requiredRole = requiredRole;
            this.addressesItemOfA = addressesItemOfA;
            this.success = success;
            this.call = call;
        }

        /** A's private document, or the claim or recommendation of it. */
        UUID itemOfA() {
            return switch (service) {
                case CLAIMS -> CLAIM_OF_A;
                case RECOMMENDATIONS -> RECOMMENDATION_OF_A;
                case DOCUMENTS -> DOCUMENT_OF_A;
            };
        }

        com.github.tomakehurst.wiremock.client.WireMock stub() {
            return switch (service) {
                case CLAIMS -> claims();
                case RECOMMENDATIONS -> recommendations();
                case DOCUMENTS -> documents();
            };
        }

        String servicePath() {
            return "/" + service.id() + "/";
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            for (Who who : CALLERS) {
                rows.add(Arguments.of(endpoint, who, expected(endpoint, who)));
            }
        }
        return rows.stream();
    }

    /**
     * The rule under test, written out: 401 without a token or with a token the gateway refuses, 403 for service
     * accounts and below the endpoint's role, else the service decides.
     */
    private static int expected(Endpoint endpoint, Who who) {
        if (who.anonymous() || who.refusedToken()) {
            return 401;
        }
        if (who.roles().contains(Roles.SERVICE) || who.rank() < RANK.indexOf(endpoint.requiredRole)) {
            return 403;
        }
        return serviceHides(endpoint, who) ? 404 : endpoint.success;
    }

    /** The services' partner scoping: A's private document and its claims are invisible to all but A and admins. */
    private static boolean serviceHides(Endpoint endpoint, Who who) {
        return endpoint.addressesItemOfA && !PARTNER_A.equals(who.organisation()) && !who.roles().contains(Roles.ADMIN);
    }

    @BeforeEach
    void stubDocumentsServiceForPartnerA() {
        Stubs.reset();
        String id = DOCUMENT_OF_A.toString();
        documents()
                .register(get(urlPathEqualTo("/documents"))
                                .willReturn(Stubs.json(200, Stubs.page(List.of()))));
        documents()
                .register(get(urlPathEqualTo("/documents/search"))
                                .willReturn(Stubs.json(200, Stubs.page(List.of()))));
        documents()
                .register(get("/documents/" + id)
                                .willReturn(Stubs.json(200, Stubs.document(DOCUMENT_OF_A, PARTNER_A, "partner"))));
        documents()
                .register(get("/documents/" + id + "/text")
                                .willReturn(aResponse()
                                                .withStatus(200)
                                                .withHeader("Content-Type", "text/plain")
                                                .withBody("Seoul should act.")));
        documents()
                .register(get(urlPathEqualTo("/documents/" + id + "/sentences"))
                                .willReturn(Stubs.json(200, Stubs.sentences())));
        documents()
                .register(post("/documents")
                                .willReturn(Stubs.json(201, Stubs.document(UUID.randomUUID(), PARTNER_A, "partner"))));
        documents().register(delete("/documents/" + id).willReturn(aResponse().withStatus(204)));
        String claim = CLAIM_OF_A.toString();
        var claimOfA = Stubs.claim(CLAIM_OF_A, DOCUMENT_OF_A, PARTNER_A, "partner",
                        "Seoul holds 60 percent of the market.");
        claims().register(get(urlPathEqualTo("/claims"))
                                .willReturn(Stubs.json(200, Stubs.claimPage(List.of()))));
        claims().register(get("/claims/" + claim).willReturn(Stubs.json(200, Stubs.write(claimOfA))));
        claims().register(put("/claims/" + claim + "/review")
                                .willReturn(Stubs.json(200, Stubs.write(Stubs.reviewed(claimOfA, Stubs.review(
                                                                        "verified", null, "analyst-1"))))));
        claims().register(get(urlPathEqualTo("/claims/" + claim + "/reviews"))
                                .willReturn(Stubs.json(200, Stubs.reviewPage(List.of()))));
        claims().register(get(urlPathEqualTo("/claims/" + claim + "/matches"))
                                .willReturn(Stubs.json(200, Stubs.conflictPage(claimOfA))));
        claims().register(get("/claims/" + claim + "/claimreview")
                                .willReturn(aResponse()
                                                .withStatus(200)
                                                .withHeader("Content-Type", "application/ld+json")
                                                .withBody(Stubs.claimReview(claimOfA, "verified"))));
        claims().register(post("/claims/extract")
                                .willReturn(Stubs.json(200, Stubs.extraction(
                                                        "Seoul holds 60 percent of the market."))));
        claims().register(post(urlPathEqualTo("/claims/admin/reextract"))
                                .willReturn(Stubs.json(202, Stubs.feedStatus(0, 40))));
        claims().register(get("/claims/admin/feed")
                                .willReturn(Stubs.json(200, Stubs.feedStatus(40, 40))));
        deadLetterStubs(claims(), "/claims");
        recommendations()
                .register(get(urlPathEqualTo("/recommendations"))
                                .willReturn(Stubs.json(200, Stubs.page(List.of()))));
        String recommendation = RECOMMENDATION_OF_A.toString();
        var recommendationOfA = Stubs.recommendation(RECOMMENDATION_OF_A, DOCUMENT_OF_A, PARTNER_A, "partner", 0,
                        "Seoul should act.");
        recommendations()
                .register(get("/recommendations/" + recommendation)
                                .willReturn(Stubs.json(200, Stubs.write(recommendationOfA.withEvidence(List.of(
                                                                        Stubs.evidenceLink(CLAIM_OF_A, 0,
                                                                                "Seoul")))))));
        recommendations()
                .register(get("/recommendations/" + recommendation + "/history")
                                .willReturn(Stubs.json(200, Stubs.history("proposed", "under_consideration", null))));
        recommendations()
                .register(post("/recommendations/" + recommendation + "/status")
                                .willReturn(Stubs.json(200, Stubs.write(recommendationOfA.withStatus(
                                                                "under_consideration", null)))));
        recommendations()
                .register(get(urlPathEqualTo("/recommendations/clusters"))
                                .willReturn(Stubs.json(200, Stubs.clusterPage(List.of()))));
        recommendations()
                .register(get(urlPathEqualTo("/recommendations/clusters/rc-matrix"))
                                .willReturn(Stubs.json(200, Stubs.clusterDetail(
                                                        Stubs.cluster("rc-matrix"), List.of()))));
        recommendations()
                .register(post("/recommendations/extract")
                                .willReturn(Stubs.json(200, Stubs.recommendationExtraction("Seoul should act."))));
        recommendations()
                .register(post(urlPathEqualTo("/recommendations/admin/reextract"))
                                .willReturn(Stubs.json(202, Stubs.recommendationsFeed(0, 40))));
        recommendations()
                .register(get("/recommendations/admin/feed")
                                .willReturn(Stubs.json(200, Stubs.recommendationsFeed(40, 40))));
        deadLetterStubs(recommendations(), "/recommendations");
    }

    private static void deadLetterStubs(com.github.tomakehurst.wiremock.client.WireMock service, String prefix) {
        String report = "{\"applied\":0,\"failed\":0,\"results\":[]}";
        service.register(get(urlPathEqualTo(prefix + "/admin/feed/dead-letters"))
                        .willReturn(Stubs.json(200, "[]")));
        service.register(post(prefix + "/admin/feed/dead-letters/4-17/replay")
                        .willReturn(Stubs.json(200, report)));
        service.register(post(prefix + "/admin/feed/dead-letters/replay")
                        .willReturn(Stubs.json(200, report)));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void statusFollowsTheRoleMatrix(Endpoint endpoint, Who who, int expected) {
        String token = who.anonymous() ? null
                : ApiCallers.bearer(who.organisation(), who.roles().toArray(String[]::new));
        if (token != null && serviceHides(endpoint, who)) {
            // what the service answers this caller for A's private item
            String path = endpoint.servicePath() + endpoint.itemOfA();
            endpoint.stub()
                    .register(any(urlPathMatching(path + ".*"))
                                    .atPriority(1)
                                    .withHeader("Authorization", equalTo(token))
                                    .willReturn(Stubs.problemResponse(404, Stubs.problem(404, "not-found",
                                                            "nothing at " + path, path))));
        }
        RequestSpecification request = token == null ? given() : given().header("Authorization", token);

        Response response = endpoint.call.apply(request, endpoint.itemOfA());

        response.then().statusCode(expected);
        if (expected >= 400) {
            response.then().contentType(startsWith(Problem.MEDIA_TYPE));
        }
        var reached = endpoint.stub().find(anyRequestedFor(anyUrl()));
        if (expected == 401 || expected == 403) {
            assertThat(reached).as("the gateway rejects before any downstream call").isEmpty();
            assertThat(documents().find(anyRequestedFor(anyUrl()))).isEmpty();
            assertThat(claims().find(anyRequestedFor(anyUrl()))).isEmpty();
            assertThat(recommendations().find(anyRequestedFor(anyUrl()))).isEmpty();
        } else {
            assertThat(reached)
                    .as("allowed calls reach " + endpoint.service.id() + "-service")
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo(token));
        }
    }

    @Test
    void aTokenIssuedForAnotherClientOfTheRealmIsRefused() {
        String unrelated = "Bearer " + TestTokens.tokenFor("unrelated-app", "someone", PARTNER_A, Roles.READER);
        given().header("Authorization", unrelated).get("/api/v1/documents")
                .then().statusCode(401).contentType(startsWith(Problem.MEDIA_TYPE));
        // the internal services' own audiences are not the public API's either
        String internal = "Bearer " + TestTokens.tokenFor("documents-service", "someone", PARTNER_A, Roles.READER);
        given().header("Authorization", internal).get("/api/v1/documents").then().statusCode(401);
        assertThat(documents().find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void refusedTokensAreToldWhy() {
        given().header("Authorization", ApiCallers.bearer(null, Roles.READER))
                .get("/api/v1/documents")
                .then()
                .statusCode(401)
                .body("type", org.hamcrest.Matchers.equalTo("https://policylens.io/problems/token-rejected"))
                .body("detail", org.hamcrest.Matchers.containsString("'partner_org'"));
        given().header("Authorization", ApiCallers.bearer(PARTNER_A, Roles.ADMIN))
                .get("/api/v1/documents")
                .then()
                .statusCode(401)
                .body("detail", org.hamcrest.Matchers.containsString("internal role"));
        given().header("Authorization", ApiCallers.bearer(null, Roles.SERVICE, Roles.READER))
                .get("/api/v1/documents")
                .then()
                .statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("service accounts"));
    }
}
