package io.policylens.gateway;

import io.policylens.gateway.support.Stubs;
import io.policylens.testing.FormatRule;
import io.policylens.common.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.policylens.gateway.support.Stubs.documents;
import static io.policylens.testing.ApiCallers.PARTNER_A;
import static io.policylens.testing.ApiCallers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Bad requests are answered by the gateway itself (400/413 problem+json) and cost no downstream call. */
@QuarkusTest
class BadInputTest {

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    @AfterEach
    void nothingReachedDocumentsService() {
        assertThat(documents().find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void pageSizeOverTheMaximumIsRejected() {
        as(PARTNER_A, "reader").queryParam("size", 101).get("/api/v1/documents")
                .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/validation"))
                .body("errors.field", hasItem("size"));
    }

    @Test
    void negativePagesAndMalformedFiltersAreRejected() {
        as(PARTNER_A, "reader")
                .queryParam("page", -1)
                .get("/api/v1/documents")
                .then()
                .statusCode(400);
        as(PARTNER_A, "reader").queryParam("from", "last year").get("/api/v1/documents")
                .then().statusCode(400).body("detail", containsString("from"));
        as(PARTNER_A, "reader")
                .queryParam("visibility", "secret")
                .get("/api/v1/documents")
                .then()
                .statusCode(400);
        as(PARTNER_A, "reader")
                .queryParam("size", 1001)
                .get("/api/v1/documents/{id}/sentences", UUID.randomUUID())
                .then()
                .statusCode(400);
    }

    @Test
    void searchNeedsAQuery() {
        as(PARTNER_A, "reader").get("/api/v1/documents/search").then().statusCode(400)
                .body("errors.field", hasItem("q"));
    }

    @Test
    void unknownFieldsAreRejected() {
        as(PARTNER_A, "contributor").contentType(ContentType.JSON)
                .body(Map.of("content", "Text.", "format", "text", "body", "smuggled"))
                .post("/api/v1/documents")
                .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/unknown-field"))
                .body("detail", containsString("body"));
    }

    @Test
    void invalidDocumentsAreRejected() {
        FormatRule.assertBadFormat(as(PARTNER_A, "contributor")
                .contentType(ContentType.JSON)
                .body(Map.of("format", "pdf", "content", " "))
                .post("/api/v1/documents")
                .then())
                .body("errors.field", hasItem("content"));
        as(PARTNER_A, "contributor")
                .contentType(ContentType.JSON)
                .body("{\"content\": \"Text.\", ")
                .post("/api/v1/documents")
                .then()
                .statusCode(400)
                .body("type", containsString("malformed-json"));
        as(PARTNER_A, "contributor")
                .contentType(ContentType.JSON)
                .body(Map.of("content", "T.", "format", "text", "publishedDate", "soon"))
                .post("/api/v1/documents")
                .then()
                .statusCode(400);
    }

    @Test
    void anUploadNeedsAFile() {
        as(PARTNER_A, "contributor").multiPart("title", "No file").post("/api/v1/documents")
                .then().statusCode(400).body("detail", containsString("file"));
    }

    @Test
    void bodiesOverTheLimitAre413() {
        as(PARTNER_A, "contributor").contentType(ContentType.JSON)
                .body(Map.of("content", "x".repeat(250_000), "format", "text"))
                .post("/api/v1/documents")
                .then().statusCode(413).contentType(startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void aBodyOfTheWrongShapeIsExplainedInTheApisTerms() {
        String detail = as(PARTNER_A, "contributor")
                        .contentType(ContentType.JSON)
                        .body("[1]")
                        .post("/api/v1/documents")
                        .then()
                        .statusCode(400)
                        .contentType(startsWith(Problem.MEDIA_TYPE))
                        .body("type", equalTo("https://policylens.io/problems/malformed-json"))
                        .extract()
                        .path("detail");
        assertThat(detail)
                .isEqualTo("the body must be a JSON object")
                .doesNotContain("io.policylens", "SubmitDocumentRequest");
        as(PARTNER_A, "contributor")
                .contentType(ContentType.JSON)
                .body("{\"content\": \"Text.\", \"format\": \"text\", \"authors\": \"Jane\"}")
                .post("/api/v1/documents")
                .then()
                .statusCode(400)
                .body("detail", equalTo("'authors' must be an array"));
    }

    @Test
    void anUploadWithAFieldTheApiDoesNotKnowIsRejectedLikeTheJsonSubmission() {
        byte[] text = "Seoul should act.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        as(PARTNER_A, "contributor")
                .multiPart("file", "b.txt", text)
                .multiPart("ownerOrg", "partner-b")
                .post("/api/v1/documents")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/unknown-field"))
                .body("detail", equalTo("unknown field 'ownerOrg'"));
        as(PARTNER_A, "contributor")
                .multiPart("file", "b.txt", text)
                .multiPart("title", "One")
                .multiPart("title", "Two")
                .post("/api/v1/documents")
                .then()
                .statusCode(400)
                .body("detail", containsString("'title'"));
    }
}
