package io.policylens.recommendations;

import io.policylens.recommendations.support.TestDocuments;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.common.problem.Problem;
import io.policylens.testing.FormatRule;
import io.policylens.testing.documents.ChangeDriver;
import io.policylens.recommendations.clustering.ClusteringJob;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.policylens.recommendations.support.Api.changeStatus;
import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.analystA;
import static io.policylens.recommendations.support.Api.analystB;
import static io.policylens.recommendations.support.Api.as;
import static io.policylens.recommendations.support.Api.readerA;
import static io.policylens.recommendations.support.Api.readerB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Listing, filters, tracking lifecycle and the extract endpoint: success, bad input, wrong role. */
@QuarkusTest
class RecommendationApiTest {

    private static final FakeDocuments DOCUMENTS = FakeDocuments.INSTANCE;
    private static UUID chips;

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);

    @Inject
    ClusteringJob clustering;

    @BeforeEach
    void document() {
        if (chips == null) {
            chips =
                    DOCUMENTS.publish(
                            "Chip Partnership Brief",
                            "Test Institute",
                            PARTNER_A,
                            "partner",
                            TestDocuments.CHIPS);
        }
        feed.drain();
        clustering.run();
    }

    @Test
    void filtersCombine() {
        String doc = chips.toString();
        listedWith(doc, "actor", "south korea")
                .body("total", equalTo(1))
                .body("items[0].actor", equalTo("United States and South Korea"));
        listedWith(doc, "strength", "must")
                .body("total", equalTo(1))
                .body("items[0].strength", equalTo("must"));
        listedWith(doc, "topic", "semiconductors")
                .body("items.topics", everyItem(hasItem("semiconductors")));
        listedWith(doc, "q", "export controls")
                .body("total", equalTo(1))
                .body("items[0].text", containsString("export controls" + ""));
        readerA()
                .queryParam("document", doc)
                .queryParam("forum", "indo-pacific economic framework")
                .get("/recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        listedWith(doc, "status", "implemented")
                .body("total", equalTo(0));
        String cluster =
                readerA()
                        .queryParam("document", doc)
                        .get("/recommendations")
                        .then()
                        .extract()
                        .path("items[0].clusterId");
        readerA()
                .queryParam("cluster", cluster)
                .get("/recommendations")
                .then()
                .statusCode(200)
                .body("items.clusterId", everyItem(equalTo(cluster)))
                .body("total", greaterThanOrEqualTo(1));
        readerA()
                .queryParam("size", 1)
                .queryParam("page", 1)
                .queryParam("document", doc)
                .get("/recommendations")
                .then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("items.size()", equalTo(1));
    }

    @Test
    void badListingInputIsAProblem() {
        readerA()
                .queryParam("size", 101)
                .get("/recommendations")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://policylens.io/problems/validation"))
                .body("errors[0].field", equalTo("size"));
        readerA()
                .queryParam("strength", "maybe")
                .get("/recommendations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("strength"));
        readerA().queryParam("status", "approved").get("/recommendations").then().statusCode(400);
        readerA()
                .queryParam("document", "not-a-uuid")
                .get("/recommendations")
                .then()
                .statusCode(400);
        readerA().queryParam("page", -1).get("/recommendations").then().statusCode(400);
        readerA().queryParam("size", 101).get("/recommendations/clusters").then().statusCode(400);
        readerA()
                .get("/recommendations/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        given().get("/recommendations").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        as(PARTNER_A)
                .get("/recommendations")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void trackingLifecycleWithHistory() {
        String id = idOf("must");
        for (String status : List.of("under_consideration", "adopted", "implemented")) {
            changeStatus(analystA(), Map.of("status", status, "note", "step " + status, "date", "2025-06-04"), id)
                    .statusCode(200)
                    .body("status", equalTo(status))
                    .body("id", equalTo(id));
        }
        List<Map<String, Object>> history = readerA().get("/recommendations/{id}/history", id)
                .then().statusCode(200).extract().path("");
        assertThat(history)
                .extracting(h -> h.get("status"))
                .containsExactly("under_consideration", "adopted", "implemented");
        assertThat(history)
                .extracting(h -> h.get("fromStatus"))
                .containsExactly("proposed", "under_consideration", "adopted");
        assertThat(history.get(0).get("actor")).isEqualTo("user-analyst");
        assertThat(history.get(0).get("note")).isEqualTo("step under_consideration");
        assertThat(history.get(0).get("date")).isEqualTo("2025-06-04");
        String document =
                readerA().get("/recommendations/{id}", id).then().extract().path("documentId");
        readerA()
                .queryParam("document", document)
                .queryParam("status", "implemented")
                .get("/recommendations")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));

        // implemented is final
        changeStatus(analystA(), Map.of("status", "rejected"), id)
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://policylens.io/problems/invalid-transition"))
                .body("detail", containsString("'implemented'"));
        readerA().get("/recommendations/{id}/history", id).then().body("size()", equalTo(3));
    }

    @Test
    void onlyTheOwnerOrganisationAndInternalAnalystsTrackAPublicRecommendationAndActorsStayWithTheirOrganisation() {
        UUID published =
                DOCUMENTS.publish(
                        "Public Chip Brief " + UUID.randomUUID(),
                        "Test Institute",
                        PARTNER_A,
                        "public",
                        TestDocuments.CHIPS);
        feed.drain();
        String id = readerA().queryParam("document", published.toString()).get("/recommendations")
                .then().statusCode(200).extract().path("items[0].id");

        // partner B sees it, but may not move it, least of all to a final state
        analystB().get("/recommendations/{id}", id).then().statusCode(200);
        changeStatus(analystB(), Map.of("status", "rejected"), id)
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("organisation that owns the document"));
        readerA().get("/recommendations/{id}", id).then().body("status", equalTo("proposed"));

        changeStatus(analystA(), Map.of("status", "under_consideration"), id)
                .statusCode(200);
        changeStatus(as(null, "internal", "analyst"), Map.of("status", "adopted"), id)
                .statusCode(200)
                .body("status", equalTo("adopted"));

        // who did it: partner A sees its own analyst, partner B nobody, the platform's staff everybody
        readerA().get("/recommendations/{id}/history", id).then().statusCode(200)
                .body("actor", contains("user-analyst", null));
        readerB()
                .get("/recommendations/{id}/history", id)
                .then()
                .statusCode(200)
                .body("status", contains("under_consideration", "adopted"))
                .body("actor", contains(null, null));
        as(null, "internal", "reader")
                .get("/recommendations/{id}/history", id)
                .then()
                .statusCode(200)
                .body("actor", contains("user-analyst", "user-internal-analyst"));
    }

    @Test
    void invalidTransitionsAndBadStatusInput() {
        String id = idOf("should");
        // proposed cannot jump to adopted
        changeStatus(analystA(), Map.of("status", "adopted"), id)
                .statusCode(409)
                .body("status", equalTo(409));
        changeStatus(analystA(), Map.of("status", "approved"), id)
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        changeStatus(analystA(), Map.of("status", "rejected", "reason", "x"), id)
                .statusCode(400)
                .body("type", equalTo("https://policylens.io/problems/unknown-field"));
        changeStatus(analystA(), Map.of("status", "rejected", "date", LocalDate.now().plusDays(3).toString()), id)
                .statusCode(400)
                .body("errors[0].field", equalTo("date"));
        changeStatus(analystA(), "{\"status\":", id)
                .statusCode(400);
        // PostgreSQL text holds no NUL character: one in the note is the caller's error, not a failed statement
        changeStatus(analystA(), Map.of("status", "rejected", "note", "a\u0000b"), id)
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("errors[0].field", equalTo("note"));
        analystA()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "rejected"))
                .post("/recommendations/{id}/status", UUID.randomUUID())
                .then()
                .statusCode(404);
        // wrong role: readers and contributors cannot track
        changeStatus(readerA(), Map.of("status", "rejected"), id)
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
        changeStatus(as(PARTNER_A, "contributor"), Map.of("status", "rejected"), id)
                .statusCode(403);
        readerA().get("/recommendations/{id}", id).then().body("status", equalTo("proposed"));
        readerA().get("/recommendations/{id}/history", id).then().body("size()", equalTo(0));
        // rejected straight from proposed is allowed
        changeStatus(analystA(), Map.of("status", "rejected"), id)
                .statusCode(200)
                .body("status", equalTo("rejected"));
    }

    @Test
    void extractReturnsRecommendationsAndStoresNothing() {
        long before =
                ((Number)
                                as(null, "admin")
                                        .queryParam("size", 1)
                                        .get("/recommendations")
                                        .then()
                                        .extract()
                                        .path("total"))
                        .longValue();
        readerA()
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "text",
                                "Seoul hosted a summit in 2023. Washington and Seoul should coordinate export controls "
                                + "on semiconductors."))
                .post("/recommendations/extract")
                .then()
                .statusCode(200)
                .body("extractorVersion", startsWith("recommendations-"))
                .body("recommendations.size()", equalTo(1))
                .body("recommendations[0].actor", equalTo("United States and South Korea"))
                .body("recommendations[0].strength", equalTo("should"))
                .body("recommendations[0].text", startsWith("Washington and Seoul should"));
        // an alias in upper case (the format rule every service shares): read as Markdown, so no markers remain
        readerA()
                .contentType(ContentType.JSON)
                .body(Map.of("text", "# Plan\n\nWashington and Seoul **should** coordinate export controls.\n",
                        "format", "MD"))
                .post("/recommendations/extract")
                .then()
                .statusCode(200)
                .body("recommendations[0].text", equalTo("Washington and Seoul should coordinate export controls."))
                .body("recommendations[0].section", equalTo("Plan"));
        as(null, "admin")
                .queryParam("size", 1)
                .get("/recommendations")
                .then()
                .body("total", equalTo((int) before));

        readerA()
                .contentType(ContentType.JSON)
                .body(Map.of("text", " "))
                .post("/recommendations/extract")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("text"));
        FormatRule.assertBadFormat(readerA().contentType(ContentType.JSON).body(Map.of("text", "x", "format", "pdf"))
                .post("/recommendations/extract").then());
        readerA()
                .contentType(ContentType.JSON)
                .body(Map.of("text", "x", "lang", "en"))
                .post("/recommendations/extract")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://policylens.io/problems/unknown-field"));
        as(PARTNER_A)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Seoul should act."))
                .post("/recommendations/extract")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Seoul should act."))
                .post("/recommendations/extract")
                .then()
                .statusCode(401);
    }

    @Test
    void extractGivesTheConfirmedOutOfMemoryPayloadANormalAnswerAndBoundsTheRest() {
        // 186 KB that exhausted claims-service's heap through the same documents-core walk
        readerA()
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "text",
                                "<h1><div>".repeat(250) + "<b>x</b>".repeat(23_000),
                                "format",
                                "html"))
                .post("/recommendations/extract")
                .then()
                .statusCode(200)
                .body("recommendations.size()", equalTo(0));
        readerA()
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Go! ".repeat(5_001)))
                .post("/recommendations/extract")
                .then()
                .statusCode(413)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/too-many-sentences"));
        readerA()
                .contentType(ContentType.JSON)
                .body(Map.of("text", "*".repeat(100_001), "format", "markdown"))
                .post("/recommendations/extract")
                .then()
                .statusCode(413)
                .body("type", equalTo("https://policylens.io/problems/too-much-markup"));
    }

    private String idOf(String strength) {
        // a fresh document per test keeps the lifecycle tests independent of each other
        UUID doc =
                DOCUMENTS.publish(
                        "Chips " + strength,
                        "Test Institute",
                        PARTNER_A,
                        "partner",
                        TestDocuments.CHIPS);
        feed.drain();
        return readerA()
                .queryParam("document", doc.toString())
                .queryParam("strength", strength)
                .get("/recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .path("items[0].id");
    }

    /** Partner A's reader lists the document's recommendations with one more filter. */
    private static ValidatableResponse listedWith(String document, String filter, Object value) {
        return readerA().queryParam("document", document).queryParam(filter, value).get("/recommendations").then()
                .statusCode(200);
    }
}
