package io.policylens.gateway;

import io.policylens.common.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.policylens.gateway.Stubs.PARTNER_A;
import static io.policylens.gateway.Stubs.PARTNER_B;
import static io.policylens.gateway.Stubs.claims;
import static io.policylens.gateway.Stubs.documents;
import static io.policylens.gateway.Stubs.recommendations;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every public endpoint x every role (no token, a token without roles, reader, contributor, analyst,
 * admin) x partner (A owns the private document, B does not). The gateway itself answers 401/403;
 * what it lets through must reach documents-service with the caller's own token. The documents-service
 * stand-in answers as documents-service would for that token: partner B's non-admins get 404 for A's
 * private document.
 */
@QuarkusTest
class SecurityMatrixTest {

    private static final UUID DOCUMENT_OF_A = UUID.randomUUID();
    private static final List<String> ROLES = java.util.Arrays.asList("anonymous", null, Roles.READER, Roles.CONTRIBUTOR, Roles.ANALYST, Roles.ADMIN);
    private static final List<String> RANK = List.of(Roles.READER, Roles.CONTRIBUTOR, Roles.ANALYST, Roles.ADMIN);

    /** endpoint -> lowest role it needs, whether it addresses A's document, status when allowed and visible */
    enum Endpoint {
        LIST(Roles.READER, false, 200, (r, id) -> r.get("/api/v1/documents")),
        SEARCH(Roles.READER, false, 200, (r, id) -> r.queryParam("q", "chips").get("/api/v1/documents/search")),
        GET(Roles.READER, true, 200, (r, id) -> r.get("/api/v1/documents/{id}", id)),
        TEXT(Roles.READER, true, 200, (r, id) -> r.get("/api/v1/documents/{id}/text", id)),
        SENTENCES(Roles.READER, true, 200, (r, id) -> r.get("/api/v1/documents/{id}/sentences", id)),
        ANALYSIS(Roles.READER, true, 200, (r, id) -> r.get("/api/v1/documents/{id}/analysis", id)),
        SUBMIT(Roles.CONTRIBUTOR, false, 201, (r, id) -> r.contentType(ContentType.JSON)
                .body(Map.of("content", "Seoul should act.", "format", "text")).post("/api/v1/documents")),
        UPLOAD(Roles.CONTRIBUTOR, false, 201, (r, id) -> r.multiPart("file", "b.txt", "Seoul should act.".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/documents")),
        DELETE(Roles.ADMIN, true, 204, (r, id) -> r.delete("/api/v1/documents/{id}", id));

        final String requiredRole;
        final boolean addressesDocument;
        final int success;
        final BiFunction<RequestSpecification, UUID, Response> call;

        Endpoint(String requiredRole, boolean addressesDocument, int success, BiFunction<RequestSpecification, UUID, Response> call) {
            this.requiredRole = requiredRole;
            this.addressesDocument = addressesDocument;
            this.success = success;
            this.call = call;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            for (String role : ROLES) {
                for (String partner : List.of(PARTNER_A, PARTNER_B)) {
                    rows.add(Arguments.of(endpoint, role == null ? "none" : role, partner, expected(endpoint, role, partner)));
                }
            }
        }
        return rows.stream();
    }

    /** The rule under test, written out: 401 without a token, 403 below the endpoint's role, else documents-service decides. */
    private static int expected(Endpoint endpoint, String role, String partner) {
        if ("anonymous".equals(role)) {
            return 401;
        }
        if (role == null || RANK.indexOf(role) < RANK.indexOf(endpoint.requiredRole)) {
            return 403;
        }
        return documentsServiceHides(endpoint, role, partner) ? 404 : endpoint.success;
    }

    /** documents-service's partner scoping: A's private document is invisible to B, except to admins. */
    private static boolean documentsServiceHides(Endpoint endpoint, String role, String partner) {
        return endpoint.addressesDocument && PARTNER_B.equals(partner) && !Roles.ADMIN.equals(role);
    }

    @BeforeEach
    void stubDocumentsServiceForPartnerA() {
        Stubs.reset();
        String id = DOCUMENT_OF_A.toString();
        documents().register(get(urlPathEqualTo("/documents")).willReturn(Stubs.json(200, Stubs.page(List.of()))));
        documents().register(get(urlPathEqualTo("/documents/search")).willReturn(Stubs.json(200, Stubs.page(List.of()))));
        documents().register(get("/documents/" + id).willReturn(Stubs.json(200, Stubs.document(DOCUMENT_OF_A, PARTNER_A, "partner"))));
        documents().register(get("/documents/" + id + "/text").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("Seoul should act.")));
        documents().register(get(urlPathEqualTo("/documents/" + id + "/sentences")).willReturn(Stubs.json(200, Stubs.sentences())));
        documents().register(post("/documents").willReturn(Stubs.json(201, Stubs.document(UUID.randomUUID(), PARTNER_A, "partner"))));
        documents().register(delete("/documents/" + id).willReturn(aResponse().withStatus(204)));
        claims().register(get(urlPathEqualTo("/claims")).willReturn(Stubs.json(200, Stubs.page(List.of()))));
        recommendations().register(get(urlPathEqualTo("/recommendations")).willReturn(Stubs.json(200, Stubs.page(List.of()))));
    }

    @ParameterizedTest(name = "{0} as {1} of {2} -> {3}")
    @MethodSource("matrix")
    void statusFollowsTheRoleMatrix(Endpoint endpoint, String role, String partner, int expected) {
        String token = switch (role) {
            case "anonymous" -> null;
            case "none" -> Callers.bearer(partner);
            default -> Callers.bearer(partner, role);
        };
        if (token != null && documentsServiceHides(endpoint, role, partner)) {
            // what documents-service answers this caller for A's private document
            documents().register(any(urlPathMatching("/documents/" + DOCUMENT_OF_A + ".*")).atPriority(1)
                    .withHeader("Authorization", equalTo(token))
                    .willReturn(Stubs.problemResponse(404, Stubs.problem(404, "not-found", "no document " + DOCUMENT_OF_A,
                            "/documents/" + DOCUMENT_OF_A))));
        }
        RequestSpecification request = token == null ? given() : given().header("Authorization", token);

        Response response = endpoint.call.apply(request, DOCUMENT_OF_A);

        response.then().statusCode(expected);
        if (expected >= 400) {
            response.then().contentType(startsWith("application/problem+json"));
        }
        var reachedDocuments = documents().find(anyRequestedFor(anyUrl()));
        if (expected == 401 || expected == 403) {
            assertThat(reachedDocuments).as("the gateway rejects before any downstream call").isEmpty();
        } else {
            assertThat(reachedDocuments).as("allowed calls reach documents-service").isNotEmpty()
                    .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo(token));
        }
    }
}
