package io.policylens.documents;

import io.policylens.documents.support.Api;
import io.policylens.common.problem.Problem;
import io.policylens.testing.FormatRule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static io.policylens.documents.support.Api.as;
import static io.policylens.documents.support.Api.contributorA;
import static io.policylens.documents.support.Api.readerB;
import static io.policylens.documents.support.Api.textDocument;
import static io.policylens.documents.support.Api.uniqueBrief;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Bad input gets a problem+json answer and stores nothing. */
@QuarkusTest
class BadInputTest {


    private long totalVisibleToAdmin() {
        return ((Number)
                        as(null, "admin")
                                .get("/documents")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("total"))
                .longValue();
    }

    @Test
    void unknownFieldsAreRejected() {
        Map<String, Object> body = new HashMap<>(textDocument(uniqueBrief("x"), "public"));
        body.put("ownerOrg", "partner-b");
        long before = totalVisibleToAdmin();
        contributorA().contentType(ContentType.JSON).body(body).post("/documents")
                .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/unknown-field"))
                .body("detail", containsString("ownerOrg"))
                .body("requestId", notNullValue());
        org.assertj.core.api.Assertions.assertThat(totalVisibleToAdmin()).isEqualTo(before);
    }

    @Test
    void badDatesAndEnumsAreRejected() {
        Map<String, Object> body = new HashMap<>(textDocument(uniqueBrief("x"), "public"));
        body.put("publishedDate", "2024-13-45");
        submitted(body)
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("detail", containsString("publishedDate"));
        body.put("publishedDate", "2024-01-01");
        body.put("visibility", "everyone");
        submitted(body)
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        body.put("visibility", "public");
        body.put("format", "pdf");
        FormatRule.assertBadFormat(submitted(body));
    }

    @Test
    void anUploadWithAPartTheFormDoesNotTakeOrAPartTwiceIsRejected() {
        byte[] text = uniqueBrief("Upload parts.").getBytes(StandardCharsets.UTF_8);
        long before = totalVisibleToAdmin();
        contributorA().multiPart("file", "brief.txt", text).multiPart("ownerOrg", "partner-b").post("/documents")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/unknown-field"))
                .body("detail", equalTo("unknown field 'ownerOrg'"));
        contributorA().multiPart("file", "brief.txt", text).multiPart("title", "One").multiPart("title", "Two")
                .post("/documents")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("detail", equalTo("field 'title' is given more than once"));
        contributorA().multiPart("title", "No file").post("/documents")
                .then()
                .statusCode(400)
                .body("detail", equalTo("a 'file' part is required"));
        org.assertj.core.api.Assertions.assertThat(totalVisibleToAdmin()).isEqualTo(before);
    }

    @Test
    void formatFollowsTheOneRuleInJsonAndUploads() {
        FormatRule.assertBadFormat(contributorA().multiPart("file", "brief.txt", "Seoul grew.".getBytes(
                StandardCharsets.UTF_8)).multiPart("format", "pdf").post("/documents").then());
        Map<String, Object> body = new HashMap<>(textDocument(uniqueBrief("Markdown alias."), "partner"));
        body.put("format", "MD");
        submitted(body).statusCode(201).body("format", equalTo("markdown"));
        contributorA().multiPart("file", "brief.md", uniqueBrief("Upload alias.").getBytes(StandardCharsets.UTF_8))
                .multiPart("format", " TXT ").post("/documents")
                .then().statusCode(201).body("format", equalTo("text"));
    }

    @Test
    void invalidFieldsListEachViolation() {
        submitted(Map.of("content", "  ", "format", "text", "sourceUrl", "javascript:alert(1)", "language",
                                "english!!"))
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/validation"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("content", "sourceUrl", "language"));
    }

    @Test
    void malformedJsonAndInvalidUtf8AreRejected() {
        submitted("{\"content\": \"abc\", ")
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        byte[] invalidUtf8 = "{\"content\":\"caf\u00e9\",\"format\":\"text\"}".getBytes(StandardCharsets.ISO_8859_1);
        contributorA().contentType("application/json").body(invalidUtf8).post("/documents")
                .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void binaryContentIsRejected() {
        submitted(Map.of("content", "PDF\u0000\u0001binary", "format", "text"))
                .statusCode(422)
                .body("type", equalTo("https://policylens.io/problems/binary-content"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        contributorA().multiPart("file", "image.txt", png).post("/documents")
                .then().statusCode(422).contentType(startsWith(Problem.MEDIA_TYPE));
        byte[] latin1 = "Caf\u00e9 policy".getBytes(StandardCharsets.ISO_8859_1);
        contributorA()
                .multiPart("file", "latin1.txt", latin1)
                .post("/documents")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://policylens.io/problems/invalid-encoding"));
    }

    @Test
    void documentsWithNothingLeftAfterCleaningAreRejected() {
        String onlyBoilerplate = "<html><body><script>x()</script><nav>Home | About | Jobs</nav></body></html>";
        submitted(Map.of("content", onlyBoilerplate, "format", "html"))
                .statusCode(422)
                .body("type", equalTo("https://policylens.io/problems/empty-document"));
    }

    @Test
    void oversizedBodiesGet413() {
        String big = "Semiconductors matter. ".repeat(20_000);
        submitted(Map.of("content", big, "format", "text"))
                .statusCode(413)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/payload-too-large"));
    }

    @Test
    void contentOverTheDocumentLimitsGets413() {
        long before = totalVisibleToAdmin();
        submitted(Map.of("content", "Go! ".repeat(20_001), "format", "text"))
                .statusCode(413)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/too-many-sentences"))
                .body("detail", containsString("20000 sentences"));
        // the test profile lowers the markup limit to 50,000 so that the body stays under its 200,000-byte limit
        submitted(Map.of("content", "<i>".repeat(50_001), "format", "html"))
                .statusCode(413)
                .body("type", equalTo("https://policylens.io/problems/too-much-markup"));
        org.assertj.core.api.Assertions.assertThat(totalVisibleToAdmin()).isEqualTo(before);
    }

    @Test
    void theConfirmedOutOfMemoryPayloadIsStoredNormally() {
        String payload = "<h1><div>".repeat(250) + "<b>x</b>".repeat(23_000) + "<p>" + uniqueBrief("Seoul grew.")
                        + "</p>";
        submitted(Map.of("content", payload, "format", "html"))
                .statusCode(201);
    }

    @Test
    void invalidUtf8InAJsonBodyIsABadRequest() {
        byte[] prefix = "{\"format\":\"text\",\"content\":\"Seoul ".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0x80, (byte) 0xE2, (byte) 0x82};
        byte[] suffix = " grew.\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + invalid.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(invalid, 0, body, prefix.length, invalid.length);
        System.arraycopy(suffix, 0, body, prefix.length + invalid.length, suffix.length);
        contributorA().contentType("application/json").body(body).post("/documents")
                .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void unsupportedMediaTypesGet415() {
        contributorA().contentType("application/xml").body("<doc/>").post("/documents")
                .then().statusCode(415).contentType(startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void pageSizesOverTheMaximumAreRejected() {
        readerB()
                .queryParam("size", 101)
                .get("/documents")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("errors[0].field", equalTo("size"));
        readerB()
                .queryParam("size", 5000)
                .queryParam("q", "chips")
                .get("/documents/search")
                .then()
                .statusCode(400);
        readerB().queryParam("page", -1).get("/documents").then().statusCode(400);
        readerB()
                .queryParam("from", "yesterday")
                .get("/documents")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        readerB().queryParam("visibility", "secret").get("/documents").then().statusCode(400);
        as(null, "service")
                .queryParam("limit", 5000)
                .get("/documents/changes")
                .then()
                .statusCode(400);
        as(null, "service")
                .queryParam("after", -1)
                .get("/documents/changes")
                .then()
                .statusCode(400);
        String id = Api.createAsA(uniqueBrief("Sentence paging."), "public");
        readerB()
                .queryParam("size", 1001)
                .get("/documents/{id}/sentences", id)
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
    }

    /** PostgreSQL text holds no NUL character: one in a parameter or a field is the caller's error, not a 500. */
    @Test
    void nulCharactersAreRejectedAndStoreNothing() {
        readerB()
                .queryParam("q", "chips")
                .queryParam("topic", "\u0000")
                .get("/documents/search")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("requestId", notNullValue());
        readerB()
                .queryParam("publisher", "a\u0000b")
                .get("/documents")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        readerB()
                .urlEncodingEnabled(false)
                .get("/documents/search?q=chips%00")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        long before = totalVisibleToAdmin();
        // in the content it is binary (binaryContentIsRejected); in any other field, a value that cannot be stored
        submitted(Map.of("content", uniqueBrief("A title."), "format", "text", "title", "Nul\u0000title"))
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        submitted(Map.of("content", uniqueBrief("Authors."), "format", "text", "authors",
                                java.util.List.of("Jane\u0000Doe")))
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        org.assertj.core.api.Assertions.assertThat(totalVisibleToAdmin()).isEqualTo(before);
    }

    @Test
    void unknownIdsAre404Problems() {
        readerB()
                .get("/documents/{id}", java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        readerB().get("/documents/not-a-uuid").then().statusCode(404);
        readerB()
                .get("/documents/{id}/snapshot", java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        readerB().get("/documents/not-a-uuid/snapshot").then().statusCode(404);
    }

    @Test
    void unsafeRequestIdsAreReplaced() {
        readerB()
                .header("X-Request-Id", "bad id\nwith newline")
                .get("/documents")
                .then()
                .statusCode(200)
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    /** Partner A's contributor submits the body as JSON. */
    private static ValidatableResponse submitted(Object body) {
        return contributorA().contentType(ContentType.JSON).body(body).post("/documents").then();
    }
}
