package io.policylens.claims.legacy;

import io.policylens.claims.support.LegacyDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.policylens.claims.support.Api.PARTNER_A;
import static io.policylens.claims.support.Api.review;
import static io.policylens.claims.support.Api.PARTNER_B;
import static io.policylens.claims.support.Api.admin;
import static io.policylens.claims.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Rows written by the JDBC version of the repositories (legacy/claims-jdbc.sql), loaded into a freshly migrated
 * database, read through the current code: every answer the JDBC version gave (legacy/claims-jdbc-answers.json) is
 * given again, value for value, and the old rows take new reviews. Both files were generated at commit 5fd6a0e by its
 * LegacyFixtureWriter (documents through the feed consumer, reviews through the API, rows dumped as INSERTs from the
 * catalog); it was removed with the move to Hibernate ORM, as it would now record Hibernate's rows.
 */
@QuarkusTest
@TestProfile(LegacyDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LegacyDataTest {

    private static final String CHIPS_SHARE = "37f95af9-20fc-398b-b860-0e3550ca6c0a";
    private static final String CHIPS_DOCUMENT = "2c6b0f87-5c09-4e23-9483-1a6ab7c4fd1d";
    private static final String B_SHARE = "79038461-d69d-3f51-a959-24cffe2dda63";
    private static final String B_AGREEMENT = "127bf2d3-922e-3f5c-8adf-f8304ba1a896";
    private static boolean loaded;

    @Inject
    DataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void loadFixtureOnce() throws IOException, SQLException {
        if (loaded) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(statement.executeQuery("SELECT count(*) = 0 FROM claims").next()).isTrue();
            statement.execute(resource("legacy/claims-jdbc.sql"));
        }
        loaded = true;
    }

    @Test
    @Order(1)
    void everyAnswerOfTheJdbcVersionIsGivenAgain() throws IOException {
        JsonNode answers = json.readTree(resource("legacy/claims-jdbc-answers.json"));
        assertThat(answers.size()).isGreaterThan(40);
        List<String> different = new ArrayList<>();
        for (JsonNode answer : answers) {
            List<String> caller = new ArrayList<>();
            answer.get("caller").forEach(c -> caller.add(c.asText()));
            String organisation = caller.get(0).isEmpty() ? null : caller.get(0);
            Response response = as(organisation, caller.subList(1, caller.size()).toArray(String[]::new))
                    .get(answer.get("path").asText());
            boolean same = response.statusCode() == answer.get("status").asInt()
                            && (!answer.has("body")
                                    || json.readTree(response.asString())
                                            .equals(answer.get("body")));
            if (!same) {
                different.add(caller + " " + answer.get("path").asText() + ": " + response.statusCode() + " "
                                + response.asString());
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    @Order(2)
    void listGetReviewsAndSearchReadTheStoredValues() {
        // scoping: partner-a's private brief is hidden from partner-b; the deleted document left nothing
        admin().get("/claims?size=100").then().statusCode(200).body("total", equalTo(7))
                .body("items.document.title", not(hasItem("Legacy Withdrawn")));
        as(PARTNER_B, "reader")
                .get("/claims?size=100")
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items.document.visibility", everyItem(equalTo("public")));
        as(PARTNER_A, "reader")
                .queryParam("document", CHIPS_DOCUMENT)
                .queryParam("type", "statistic")
                .get("/claims")
                .then()
                .statusCode(200)
                .body("items.id", contains(CHIPS_SHARE));
        as(PARTNER_A, "reader")
                .queryParam("status", "disputed")
                .get("/claims")
                .then()
                .body("items.id", contains(CHIPS_SHARE));
        as(PARTNER_A, "reader")
                .queryParam("q", "associations")
                .get("/claims")
                .then()
                .body("items.id", contains(CHIPS_SHARE));
        as(PARTNER_A, "reader")
                .queryParam("q", "Legacy Market Note 2")
                .queryParam("status", "unreviewed")
                .get("/claims")
                .then()
                .body("total", equalTo(0));
        as(PARTNER_A, "reader")
                .queryParam("entity", "south-korea")
                .queryParam("minScore", "0.5")
                .get("/claims")
                .then()
                .body("items.document.title", hasItem("Legacy Market Note 2 (revised)"));

        // one claim, every column
        as(PARTNER_A, "reader")
                .get("/claims/{id}", CHIPS_SHARE)
                .then()
                .statusCode(200)
                .body("documentId", equalTo(CHIPS_DOCUMENT))
                .body("start", equalTo(39))
                .body("end", equalTo(160))
                .body("sentenceIndex", equalTo(2))
                .body("type", equalTo("statistic"))
                .body("score", equalTo(0.9992239757373363f)) // REST Assured reads JSON numbers as float
                .body("quantities[0].value", equalTo(60.0f))
                .body("quantities[0].surface", equalTo("60 percent"))
                .body("quantities[0].start", equalTo(64))
                .body("entities", contains("south-korea"))
                .body("topics", contains("semiconductors"))
                .body("citedSource.name", equalTo("Korea Semiconductor Industry Association"))
                .body("section", equalTo("Background"))
                .body("document.title", equalTo("Legacy Memory Chips"))
                .body("document.publishedDate", equalTo("2024-03-01"))
                .body("document.visibility", equalTo("partner"))
                .body("document.ownerOrg", equalTo(PARTNER_A))
                .body("review.status", equalTo("disputed"))
                .body("review.reviewer", equalTo("user-analyst-partner-a"))
                .body("review.reviewedAt", equalTo("2026-12-06T08:36:32.289381Z"))
                .body("updatedAt", equalTo("2026-12-06T08:36:25.385738Z"));
        as(PARTNER_B, "reader").get("/claims/{id}", CHIPS_SHARE).then().statusCode(404);

        // history newest first; the reviewer's name only for the reviewer's organisation and the platform's staff
        as(PARTNER_A, "reader")
                .get("/claims/{id}/reviews", CHIPS_SHARE)
                .then()
                .statusCode(200)
                .body("items.status", contains("disputed", "verified"))
                .body("items.note", contains("The yearbook's figure is for 2022.",
                                "Checked against the KSIA yearbook."));
        as(PARTNER_B, "reader").get("/claims/{id}/reviews", B_SHARE).then().statusCode(200)
                .body("items.status", contains("verified")).body("items[0].reviewer", nullValue());
        as(null, "internal", "reader").get("/claims/{id}/reviews", B_SHARE).then()
                .body("items[0].reviewer", equalTo("user-internal-analyst-null"));
        as(PARTNER_B, "reader").get("/claims/{id}/claimreview", B_AGREEMENT).then().statusCode(200)
                .body("reviewRating.alternateName", equalTo("False"));
    }

    @Test
    @Order(3)
    void oldRowsTakeNewReviews() {
        review(PARTNER_A, "analyst", Map.of("status", "verified"), CHIPS_SHARE)
                .statusCode(200)
                .body("review.status", equalTo("verified"));
        as(PARTNER_A, "reader")
                .get("/claims/{id}/reviews", CHIPS_SHARE)
                .then()
                .statusCode(200)
                .body("items.status", contains("verified", "disputed", "verified"))
                .body("total", greaterThan(2));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LegacyDataTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
