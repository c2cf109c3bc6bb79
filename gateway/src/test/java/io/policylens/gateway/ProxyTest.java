package io.policylens.gateway;

import io.policylens.common.problem.Problem;
import io.policylens.gateway.support.DownstreamStubs;
import io.policylens.gateway.support.Stubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policylens.gateway.support.Stubs.documents;
import static io.policylens.testing.ApiCallers.PARTNER_A;
import static io.policylens.testing.ApiCallers.as;
import static io.policylens.testing.ApiCallers.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

/**
 * The documents endpoints relay documents-service: the caller's own token and the request id go
 * along, status and bodies (problems included) come back unchanged.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class ProxyTest {

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void listForwardsFiltersTokenAndRequestIdAndRelaysTheBody() {
        String page = Stubs.write(new io.policylens.common.paging.Page<>(
                                java.util.List.of(Map.of("id", UUID.randomUUID().toString())), 1, 5, 6));
        documents().register(get(urlPathEqualTo("/documents")).willReturn(Stubs.json(200, page)));
        String token = bearer(PARTNER_A, "reader");

        String body = io.restassured.RestAssured.given()
                        .header("Authorization", token)
                        .header("X-Request-Id", "req-proxy-1")
                        .queryParam("page", 1)
                        .queryParam("size", 5)
                        .queryParam("topic", "semiconductors")
                        .queryParam("from", "2024-01-01")
                        .get("/api/v1/documents")
                        .then()
                        .statusCode(200)
                        .contentType(ContentType.JSON)
                        .header("X-Request-Id", "req-proxy-1")
                        .extract()
                        .asString();

        assertThat(body).isEqualTo(page);
        documents()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/documents"))
                                .withHeader("Authorization", equalTo(token))
                                .withHeader("X-Request-Id", equalTo("req-proxy-1"))
                                .withQueryParam("page", equalTo("1"))
                                .withQueryParam("size", equalTo("5"))
                                .withQueryParam("topic", equalTo("semiconductors"))
                                .withQueryParam("from", equalTo("2024-01-01"))
                                .withoutQueryParam("to")
                                .withoutQueryParam("entity"));
    }

    @Test
    void aGeneratedRequestIdIsTheOneDocumentsServiceSees() {
        UUID id = UUID.randomUUID();
        documents()
                .register(get("/documents/" + id)
                                .willReturn(Stubs.json(200, Stubs.document(id, PARTNER_A, "public"))));

        String requestId = as(PARTNER_A, "reader")
                        .get("/api/v1/documents/{id}", id)
                        .then()
                        .statusCode(200)
                        .body("id", is(id.toString()))
                        .body("ownerOrg", is(PARTNER_A))
                        .header("X-Request-Id", not(emptyOrNullString()))
                        .extract()
                        .header("X-Request-Id");

        documents()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/documents/" + id))
                                .withHeader("X-Request-Id", equalTo(requestId)));
    }

    @Test
    void downstreamProblemsPassThroughUnchanged() {
        UUID id = UUID.randomUUID();
        String problem = Stubs.problem(404, "not-found", "no document " + id, "/documents/" + id);
        documents()
                .register(get("/documents/" + id).willReturn(Stubs.problemResponse(404, problem)));

        String body = as(PARTNER_A, "reader").get("/api/v1/documents/{id}", id)
                .then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE))
                .extract().asString();
        assertThat(body).isEqualTo(problem);
    }

    @Test
    void submitForwardsTheDocumentAndPointsLocationAtTheGateway() {
        UUID id = UUID.randomUUID();
        documents()
                .register(post("/documents")
                                .willReturn(Stubs.json(201, Stubs.document(id, PARTNER_A, "partner"))
                                                .withHeader("Location", "http://documents.internal:8081/documents/"
                                                                + id)));

        as(PARTNER_A, "contributor")
                .contentType(ContentType.JSON)
                .body(Map.of("content", "Seoul should invest in chips.", "format", "PLAIN", "title", "Brief",
                                "publishedDate", "2024-03-01", "visibility", "partner"))
                .post("/api/v1/documents")
                .then()
                .statusCode(201)
                .body("id", is(id.toString()))
                .header("Location", endsWith("/api/v1/documents/" + id));

        documents()
                .verifyThat(1, postRequestedFor(urlPathEqualTo("/documents"))
                                .withHeader("Content-Type", containing("application/json"))
                                .withRequestBody(equalToJson("{\"content\":\"Seoul should invest in chips.\","
                                        + "\"format\":\"PLAIN\",\"title\":\"Brief\",\"publishedDate\":\"2024-03-01\","
                                        + "\"visibility\":\"partner\"}",
                                                true, true)));
    }

    @Test
    void anAlreadyStoredDocumentKeeps200() {
        UUID id = UUID.randomUUID();
        documents()
                .register(post("/documents")
                                .willReturn(Stubs.json(200, Stubs.document(id, PARTNER_A, "partner"))));
        as(PARTNER_A, "contributor")
                .contentType(ContentType.JSON)
                .body(Map.of("content", "Same text.", "format", "text"))
                .post("/api/v1/documents")
                .then()
                .statusCode(200)
                .body("id", is(id.toString()));
    }

    @Test
    void uploadPassesTheFileAndFieldsOnAsMultipart() {
        UUID id = UUID.randomUUID();
        documents()
                .register(post("/documents")
                                .willReturn(Stubs.json(201, Stubs.document(id, PARTNER_A, "public"))
                                                .withHeader("Location", "http://documents.internal:8081/documents/"
                                                                + id)));
        String token = bearer(PARTNER_A, "contributor");

        io.restassured.RestAssured.given()
                .header("Authorization", token)
                .multiPart("file", "brief.md", "# Brief\n\nSeoul should act.".getBytes(StandardCharsets.UTF_8),
                        "text/markdown")
                .multiPart("title", "Uploaded brief")
                .multiPart("visibility", "public")
                .post("/api/v1/documents")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/documents/" + id));

        documents()
                .verifyThat(1, postRequestedFor(urlPathEqualTo("/documents"))
                                .withHeader("Authorization", equalTo(token))
                                .withHeader("Content-Type", containing("multipart/form-data"))
                                .withRequestBodyPart(aMultipart("file")
                                                .withBody(equalTo("# Brief\n\nSeoul should act."))
                                                .build())
                                .withRequestBodyPart(aMultipart("title")
                                                .withBody(equalTo("Uploaded brief"))
                                                .build())
                                .withRequestBodyPart(aMultipart("visibility")
                                                .withBody(equalTo("public"))
                                                .build()));
        assertThat(documents()
                                .find(postRequestedFor(urlPathEqualTo("/documents")))
                                .getFirst()
                                .getBodyAsString())
                .contains("filename=\"brief.md\"");
    }

    @Test
    void textKeepsItsContentType() {
        UUID id = UUID.randomUUID();
        documents()
                .register(get("/documents/" + id + "/text")
                                .willReturn(aResponse()
                                                .withStatus(200)
                                                .withHeader("Content-Type", "text/plain;charset=UTF-8")
                                                .withBody("South Korea makes chips.")));
        as(PARTNER_A, "reader")
                .get("/api/v1/documents/{id}/text", id)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(is("South Korea makes chips."));
    }

    @Test
    void sentencesAndSearchForwardTheirParameters() {
        UUID id = UUID.randomUUID();
        documents()
                .register(get(urlPathEqualTo("/documents/" + id + "/sentences"))
                                .willReturn(Stubs.json(200, Stubs.sentences())));
        documents()
                .register(get(urlPathEqualTo("/documents/search"))
                                .willReturn(Stubs.json(200, Stubs.page(java.util.List.of()))));

        as(PARTNER_A, "reader")
                .queryParam("page", 0)
                .queryParam("size", 2)
                .get("/api/v1/documents/{id}/sentences", id)
                .then()
                .statusCode(200)
                .body("items[3].kind", is("list_item"));
        as(PARTNER_A, "reader")
                .queryParam("q", "\"export controls\" -tariffs")
                .queryParam("visibility", "public")
                .get("/api/v1/documents/search")
                .then()
                .statusCode(200)
                .body("total", is(0));

        documents().verifyThat(1, getRequestedFor(urlPathEqualTo("/documents/" + id + "/sentences"))
                .withQueryParam("page", equalTo("0")).withQueryParam("size", equalTo("2")));
        documents()
                .verifyThat(1, getRequestedFor(urlPathEqualTo("/documents/search"))
                                .withQueryParam("q", equalTo("\"export controls\" -tariffs"))
                                .withQueryParam("visibility", equalTo("public"))
                                .withQueryParam("size", equalTo("20")));
    }

    @Test
    void deleteRelays204() {
        UUID id = UUID.randomUUID();
        documents().register(delete("/documents/" + id).willReturn(aResponse().withStatus(204)));
        as(null, "admin").delete("/api/v1/documents/{id}", id).then().statusCode(204);
        documents().verifyThat(1, deleteRequestedFor(urlPathEqualTo("/documents/" + id))
                .withHeader("Authorization", matching("Bearer .+")));
    }
}
