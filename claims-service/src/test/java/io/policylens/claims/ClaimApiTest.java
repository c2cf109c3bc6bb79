package io.policylens.claims;

import io.policylens.claims.support.FakeDocuments;
import io.policylens.claims.support.FakeDocuments.Doc;
import io.policylens.common.problem.Problem;
import io.policylens.testing.documents.ChangeDriver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.policylens.claims.support.Api.PARTNER_A;
import static io.policylens.claims.support.Api.review;
import static io.policylens.claims.support.Api.reviewer;
import static io.policylens.claims.support.Api.PARTNER_B;
import static io.policylens.claims.support.Api.admin;
import static io.policylens.claims.support.Api.as;
import static io.policylens.claims.support.Api.claimsOf;
import static io.policylens.claims.support.Briefs.expected;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The claims API: filters, review with history, and for every endpoint bad input, the wrong role
 * and the wrong partner.
 */
@QuarkusTest
class ClaimApiTest {

    final ChangeDriver follower = new ChangeDriver(FakeDocuments::changesAfter);

    private Doc doc;
    private String statisticId;

    @BeforeEach
    void privateDocumentOfPartnerA() {
        doc =
                FakeDocuments.createChips("API Brief", "partner");
        follower.drain();
        statisticId =
                claimsOf(doc.id).stream()
                        .filter(c -> ((String) c.get("text")).contains("60 percent"))
                        .map(c -> (String) c.get("id"))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void filtersCombineWithScoping() {
        String document = doc.id.toString();
        as(PARTNER_A, "reader")
                .queryParam("document", document)
                .queryParam("type", "statistic")
                .get("/claims")
                .then()
                .statusCode(200)
                .body("items.type", everyItem(equalTo("statistic")))
                .body("items.id", hasItem(statisticId));
        as(PARTNER_A, "reader").queryParam("document", document).queryParam("entity", "south-korea")
                .queryParam("topic", "semiconductors").queryParam("minScore", "0.5").get("/claims")
                .then().statusCode(200).body("items.id", hasItem(statisticId))
                .body("items.score", everyItem(greaterThanOrEqualTo(0.5f)));
        as(PARTNER_A, "reader")
                .queryParam("document", document)
                .queryParam("entity", "japan")
                .get("/claims")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        // full-text (stemmed) and literal substring; LIKE wildcards in the query are literal characters
        as(PARTNER_A, "reader")
                .queryParam("document", document)
                .queryParam("q", "associations")
                .get("/claims")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(statisticId));
        as(PARTNER_A, "reader")
                .queryParam("document", document)
                .queryParam("q", "60 percent of the global DRAM")
                .get("/claims")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(statisticId));
        as(PARTNER_A, "reader").queryParam("document", document).queryParam("q", "%").get("/claims")
                .then().statusCode(200).body("total", equalTo(0));
        as(PARTNER_A, "reader").queryParam("document", document).queryParam("q", "_").get("/claims")
                .then().statusCode(200).body("total", equalTo(0));
        // review status
        int all = expected(doc).size();
        reviewedAs(document, "unreviewed")
                .body("total", equalTo(all));
        review(PARTNER_A, "analyst", Map.of("status", "false"), statisticId).statusCode(200);
        reviewedAs(document, "false")
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(statisticId));
        reviewedAs(document, "unreviewed")
                .body("total", equalTo(all - 1));
        // paging
        as(PARTNER_A, "reader")
                .queryParam("document", document)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/claims")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(Math.min(1, all - 1)))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("total", equalTo(all));
        // another partner sees none of it, whatever the filters
        as(PARTNER_B, "reader")
                .queryParam("q", "DRAM")
                .queryParam("size", 100)
                .get("/claims")
                .then()
                .statusCode(200)
                .body("items.documentId", everyItem(org.hamcrest.Matchers.not(document)));
        as(PARTNER_B, "reader")
                .queryParam("document", document)
                .queryParam("status", "false")
                .get("/claims")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void badListParametersAreProblems() {
        for (Map.Entry<String, Object> bad :
                Map.<String, Object>of(
                                "size",
                                101,
                                "page",
                                -1,
                                "type",
                                "opinion",
                                "status",
                                "maybe",
                                "minScore",
                                "2",
                                "document",
                                "not-a-uuid")
                        .entrySet()) {
            as(PARTNER_A, "reader").queryParam(bad.getKey(), bad.getValue()).get("/claims")
                    .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE))
                    .body("type", equalTo("https://policylens.io/problems/validation"))
                    .body("errors.field", hasItem(bad.getKey()));
        }
        as(PARTNER_A, "reader").queryParam("minScore", "abc").get("/claims").then().statusCode(400);
        given().get("/claims")
                .then()
                .statusCode(401)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void getOneClaim() {
        as(PARTNER_A, "reader").get("/claims/{id}", statisticId).then().statusCode(200)
                .body("id", equalTo(statisticId))
                .body("documentId", equalTo(doc.id.toString()))
                .body("review.status", equalTo("unreviewed"))
                .body("extractorVersion", notNullValue());
        as(PARTNER_B, "reader")
                .get("/claims/{id}", statisticId)
                .then()
                .statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(null, "admin").get("/claims/{id}", statisticId).then().statusCode(200);
        // admin is an internal role: a partner's token holding it is refused; service accounts read only the feed
        as(PARTNER_B, "admin")
                .get("/claims/{id}", statisticId)
                .then()
                .statusCode(401)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(null, "service").get("/claims/{id}", statisticId).then().statusCode(403);
        // a token without the partner claim and without an internal role acts for nobody
        as(null, "reader").get("/claims/{id}", statisticId).then().statusCode(401)
                .body("detail", containsString("partner_org"));
        as(PARTNER_A, "reader")
                .get("/claims/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(PARTNER_A, "reader").get("/claims/not-a-uuid").then().statusCode(404);
        given().get("/claims/{id}", statisticId).then().statusCode(401);
    }

    @Test
    void analystsReviewWithHistory() {
        reviewer(PARTNER_A, "analyst")
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "status",
                                "disputed",
                                "note",
                                "The association's own report says 55 percent."))
                .put("/claims/{id}/review", statisticId)
                .then()
                .statusCode(200)
                .body("review.status", equalTo("disputed"))
                .body("review.reviewer", equalTo("user-analyst-partner-a"))
                .body("review.note", equalTo("The association's own report says 55 percent."))
                .body("review.reviewedAt", notNullValue());
        review(null, "admin", Map.of("status", "verified"), statisticId)
                .statusCode(200)
                .body("review.status", equalTo("verified" + ""))
                .body("review.reviewer", equalTo("user-admin-null"));

        // partner A sees the names of its own analysts, not those of the platform's staff
        as(PARTNER_A, "reader").get("/claims/{id}/reviews", statisticId).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].status", equalTo("verified"))
                .body("items[0].reviewer", nullValue())
                .body("items[1].status", equalTo("disputed"))
                .body("items[1].reviewer", equalTo("user-analyst-partner-a"));
        as(null, "internal", "reader")
                .get("/claims/{id}/reviews", statisticId)
                .then()
                .statusCode(404);
        as(null, "admin")
                .get("/claims/{id}/reviews", statisticId)
                .then()
                .statusCode(200)
                .body(
                        "items.reviewer",
                        equalTo(java.util.List.of("user-admin-null", "user-analyst-partner-a")));
        as(PARTNER_A, "reader")
                .get("/claims/{id}", statisticId)
                .then()
                .body("review.status", equalTo("verified"));
        as(PARTNER_A, "reader")
                .queryParam("size", 101)
                .get("/claims/{id}/reviews", statisticId)
                .then()
                .statusCode(400);
        as(PARTNER_B, "reader").get("/claims/{id}/reviews", statisticId).then().statusCode(404);
    }

    @Test
    void onlyTheOwnerOrganisationAndInternalAnalystsReviewAPublicClaimAndNamesStayWithTheirOrganisation() {
        Doc published = FakeDocuments.createChips("Public API Brief", "public");
        follower.drain();
        String claim =
                claimsOf(published.id).stream()
                        .filter(c -> ((String) c.get("text")).contains("60 percent"))
                        .map(c -> (String) c.get("id"))
                        .findFirst()
                        .orElseThrow();

        // partner B sees the public claim but may not give it a verdict under the platform's name
        as(PARTNER_B, "analyst").get("/claims/{id}", claim).then().statusCode(200);
        review(PARTNER_B, "analyst", Map.of("status", "false"), claim)
                .statusCode(403)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("detail", containsString("organisation that owns the document"));
        as(PARTNER_A, "reader")
                .get("/claims/{id}", claim)
                .then()
                .body("review.status", equalTo("unreviewed"));

        review(PARTNER_A, "analyst", Map.of("status", "disputed"), claim).statusCode(200);
        as(PARTNER_B, "reader").get("/claims/{id}", claim).then().statusCode(200)
                .body("review.status", equalTo("disputed")).body("review.reviewer", nullValue());
        as(PARTNER_B, "reader").get("/claims/{id}/reviews", claim).then().statusCode(200)
                .body("items[0].reviewer", nullValue());
        as(PARTNER_B, "reader")
                .queryParam("document", published.id.toString())
                .get("/claims")
                .then()
                .statusCode(200)
                .body("items.review.reviewer", everyItem(nullValue()));

        reviewer(null, "internal", "analyst")
                .contentType(ContentType.JSON)
                .body(Map.of("status", "verified"))
                .put("/claims/{id}/review", claim)
                .then()
                .statusCode(200)
                .body("review.reviewer", equalTo("user-internal-analyst-null"));
        as(null, "internal", "reader")
                .get("/claims/{id}/reviews", claim)
                .then()
                .statusCode(200)
                .body(
                        "items.reviewer",
                        equalTo(
                                java.util.List.of(
                                        "user-internal-analyst-null",
                                        "user-analyst-partner-a" + "")));
        as(PARTNER_A, "reader")
                .get("/claims/{id}", claim)
                .then()
                .body("review.reviewer", nullValue());
    }

    @Test
    void reviewRejectsBadInputWrongRoleAndWrongPartner() {
        review(PARTNER_A, "analyst", Map.of("status", "probably"), statisticId)
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("detail", containsString("status"));
        review(PARTNER_A, "analyst", Map.of("note", "no status"), statisticId)
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        review(PARTNER_A, "analyst", Map.of("status", "verified", "note", "x".repeat(2001)), statisticId)
                .statusCode(400)
                .body("errors.field", hasItem("note"));
        // PostgreSQL text holds no NUL character: one in the note is the caller's error, not a failed statement
        review(PARTNER_A, "analyst", Map.of("status", "verified", "note", "a\u0000b"), statisticId)
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("errors.field", hasItem("note"));
        Map<String, Object> unknown =
                new HashMap<>(Map.of("status", "verified", "reviewer", "someone-else"));
        review(PARTNER_A, "analyst", unknown, statisticId)
                .statusCode(400)
                .body("type", equalTo("https://policylens.io/problems/unknown-field"))
                .body("detail", containsString("reviewer"));
        review(PARTNER_A, "analyst", "{\"status\":", statisticId)
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));

        review(PARTNER_A, "reader", Map.of("status", "verified"), statisticId)
                .statusCode(403)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        review(PARTNER_A, "contributor", Map.of("status", "verified"), statisticId)
                .statusCode(403);
        review(PARTNER_B, "analyst", Map.of("status", "false"), statisticId)
                .statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));

        // none of the rejected requests left a trace
        as(PARTNER_A, "reader")
                .get("/claims/{id}/reviews", statisticId)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(PARTNER_A, "reader")
                .get("/claims/{id}", statisticId)
                .then()
                .body("review.status", equalTo("unreviewed"));
    }

    @Test
    void wrongPartnerCannotMatchOrExport() {
        review(PARTNER_A, "analyst", Map.of("status", "verified"), statisticId).statusCode(200);
        as(PARTNER_B, "reader")
                .get("/claims/{id}/matches", statisticId)
                .then()
                .statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(PARTNER_B, "reader")
                .get("/claims/{id}/claimreview", statisticId)
                .then()
                .statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(PARTNER_A, "reader").get("/claims/{id}/matches", statisticId).then().statusCode(200);
        as(PARTNER_A, "reader").get("/claims/{id}/claimreview", statisticId).then().statusCode(200);
        given().get("/claims/{id}/matches", statisticId).then().statusCode(401);
        as(PARTNER_A, "reader")
                .queryParam("size", 0)
                .get("/claims/{id}/matches", statisticId)
                .then()
                .statusCode(400);
    }

    @Test
    void claimsAreListedAcrossDocumentsByScore() {
        List<Float> scores =
                as(PARTNER_A, "reader")
                        .queryParam("size", 100)
                        .get("/claims")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.score");
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }


    /** Partner A's reader lists the document's claims with the review status. */
    private static ValidatableResponse reviewedAs(String document, String status) {
        return as(PARTNER_A, "reader").queryParam("document", document).queryParam("status", status).get("/claims")
                .then().statusCode(200);
    }
}
