package io.policylens.claims;

import io.policylens.testing.documents.ChangeDriver;
import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.claims.support.FakeDocuments;
import io.policylens.common.problem.Problem;
import io.policylens.documents.client.stream.StreamReextraction;
import io.policylens.testing.FormatRule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.policylens.claims.support.Api.PARTNER_A;
import static io.policylens.claims.support.Api.admin;
import static io.policylens.claims.support.Api.totalAsAdmin;
import static io.policylens.claims.support.Api.as;
import static io.policylens.claims.support.Briefs.memoryChips;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** POST /claims/extract (nothing stored) and the admin endpoints. */
@QuarkusTest
class ExtractAndAdminTest {

    final ChangeDriver follower = new ChangeDriver(FakeDocuments::changesAfter);

    @Inject
    StreamReextraction reextraction;

    @Test
    void extractReturnsClaimsWithOffsetsIntoTheNormalisedText() {
        long before = totalAsAdmin();
        Map<String, Object> response = as(PARTNER_A, "reader").contentType(ContentType.JSON)
                .body(Map.of("text", memoryChips("try-it")))
                .post("/claims/extract")
                .then().statusCode(200)
                .body("extractorVersion", equalTo(ClaimExtractor.VERSION))
                .body("sentences", greaterThanOrEqualTo(5))
                .extract().path("");
        String text = (String) response.get("text");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> claims = (List<Map<String, Object>>) response.get("claims");
        assertThat(claims).anySatisfy(c -> {
            assertThat((String) c.get("text")).contains("60 percent of the global DRAM market");
            assertThat(c.get("type")).isEqualTo("statistic");
            assertThat(c.get("section")).isEqualTo("Background");
        });
        assertThat(claims)
                .allSatisfy(
                        c ->
                                assertThat(
                                                text.substring(
                                                        (Integer) c.get("start"),
                                                        (Integer) c.get("end")))
                                        .isEqualTo(c.get("text")));
        assertThat(totalAsAdmin()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void extractReadsHtmlAndMarkdown() {
        String html =
                "<html><body><nav>Home | About</nav><article><h1>Chips</h1><p>South Korea accounts for 60 percent of "
                + "the global DRAM market, according to the Korea Semiconductor Industry "
                + "Association.</p></article></body></html>";
        extracted(Map.of("text", html, "format", "html"))
                .statusCode(200)
                .body("text", org.hamcrest.Matchers.not(containsString("<p>")))
                .body("claims.type", hasItem("statistic"));
        String markdown =
                "# Chips\n\n**South Korea** accounts for 60 percent of the global DRAM market.\n";
        // an alias in upper case: the format rule every service shares (InputFormat)
        extracted(Map.of("text", markdown, "format", "MD"))
                .statusCode(200)
                .body("text", org.hamcrest.Matchers.not(containsString("**")))
                .body("claims.type", hasItem("statistic"));
    }

    @Test
    void extractRejectsBadInput() {
        extracted(Map.of("text", " "))
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("errors.field", hasItem("text"));
        FormatRule.assertBadFormat(extracted(Map.of("text", "Seoul grew.", "format", "pdf")));
        extracted(Map.of("text", "Seoul grew.", "language", "en"))
                .statusCode(400)
                .body("type", equalTo("https://policylens.io/problems/unknown-field"));
        extracted(Map.of("text", "Seoul\u0000grew."))
                .statusCode(422)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        extracted(Map.of("text", "x".repeat(200_001)))
                .statusCode(413)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/text-too-long"));
        // over the body limit of the test profile (300,000 bytes): refused before the body is read
        extracted(Map.of("text", "é".repeat(200_000)))
                .statusCode(413)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(PARTNER_A, "reader")
                .contentType(ContentType.TEXT)
                .body("South Korea grew.")
                .post("/claims/extract")
                .then()
                .statusCode(415)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Seoul grew."))
                .post("/claims/extract")
                .then()
                .statusCode(401)
                .contentType(startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void theConfirmedOutOfMemoryPayloadGetsANormalAnswer() {
        // 186 KB that exhausted the heap of the running service (the gateway answered 504) before the walk was linear
        String payload = "<h1><div>".repeat(250) + "<b>x</b>".repeat(23_000);
        extracted(Map.of("text", payload, "format", "html"))
                .statusCode(200)
                .body("sentences", equalTo(3))
                .body("claims", hasSize(0));
    }

    @Test
    void textOverTheExtractionLimitsGets413() {
        extracted(Map.of("text", "Go! ".repeat(5_001)))
                .statusCode(413)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/too-many-sentences"))
                .body("detail", containsString("5000 sentences"));
        extracted(Map.of("text", "<".repeat(100_001), "format", "html"))
                .statusCode(413)
                .body("type", equalTo("https://policylens.io/problems/too-much-markup"));
        extracted(Map.of("text", "Go! ".repeat(5_000)))
                .statusCode(200)
                .body("sentences", equalTo(5_000));
    }

    @Test
    void adminEndpointsNeedTheirRoles() {
        FakeDocuments.createChips("Roles", "partner");
        follower.drain();
        long generation = reextraction.generation();
        as(PARTNER_A, "contributor")
                .post("/claims/admin/reextract")
                .then()
                .statusCode(403)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(PARTNER_A, "analyst").post("/claims/admin/reextract").then().statusCode(403);
        as(null, "service").post("/claims/admin/reextract").then().statusCode(403);
        as(PARTNER_A, "reader")
                .get("/claims/admin/feed")
                .then()
                .statusCode(403)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(PARTNER_A, "analyst").get("/claims/admin/feed").then().statusCode(403);
        given().post("/claims/admin/reextract").then().statusCode(401);
        given().get("/claims/admin/feed").then().statusCode(401);
        // service accounts read documents-service's snapshots, nothing here
        as(null, "service").get("/claims/admin/feed").then().statusCode(403);
        // none of them forgot a marker or asked for a re-extraction
        assertThat(follower.drain()).isZero();
        assertThat(reextraction.generation()).isEqualTo(generation);
    }

    /** POST /claims/extract as partner A's reader, with the body as JSON. */
    private static ValidatableResponse extracted(Object body) {
        return as(PARTNER_A, "reader").contentType(ContentType.JSON).body(body).post("/claims/extract").then();
    }
}
