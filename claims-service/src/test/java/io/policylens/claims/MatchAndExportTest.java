package io.policylens.claims;

import io.policylens.testing.documents.ChangeDriver;
import io.policylens.claims.support.FakeDocuments;
import io.policylens.claims.support.FakeDocuments.Doc;
import io.policylens.common.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.policylens.claims.support.Api.PARTNER_A;
import static io.policylens.claims.support.Api.review;
import static io.policylens.claims.support.Api.PARTNER_B;
import static io.policylens.claims.support.Api.as;
import static io.policylens.claims.support.Api.claimsOf;
import static io.policylens.claims.support.Briefs.dramShare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Cross-document matches (agreeing and conflicting figures, scoped) and the schema.org ClaimReview export. */
@QuarkusTest
class MatchAndExportTest {

    final ChangeDriver follower = new ChangeDriver(FakeDocuments::changesAfter);

    @Test
    void differentSharesOfTheSameMarketConflictAndOnlyVisibleClaimsMatch() {
        // other tests' DRAM claims may match too; the assertions look for these three
        String run = UUID.randomUUID().toString().substring(0, 8);
        Doc sixty = FakeDocuments.create("Sixty", dramShare(run, 60), PARTNER_A, "public");
        Doc fortyFive =
                FakeDocuments.create(
                        "Forty-five", dramShare(run, 45), "partner-c", "public");
        Doc privateSixty =
                FakeDocuments.create(
                        "Private sixty", dramShare(run, 60), PARTNER_A, "partner");
        follower.drain();
        String subject = shareClaim(sixty);
        String conflicting = shareClaim(fortyFive);
        String agreeing = shareClaim(privateSixty);

        List<Map<String, Object>> seenByA = matches(PARTNER_A, subject);
        assertThat(seenByA).anySatisfy(m -> {
            assertThat(claimId(m)).isEqualTo(conflicting);
            assertThat(m.get("kind")).isEqualTo("conflicting");
            assertThat(((Number) m.get("value")).doubleValue()).isEqualTo(60.0);
            assertThat(((Number) m.get("otherValue")).doubleValue()).isEqualTo(45.0);
            assertThat((String) m.get("measure")).contains("DRAM market");
        });
        assertThat(seenByA).anySatisfy(m -> {
            assertThat(claimId(m)).isEqualTo(agreeing);
            assertThat(m.get("kind")).isEqualTo("agreeing");
        });
        assertThat(seenByA.get(0).get("kind")).as("conflicts first").isEqualTo("conflicting");

        // partner B sees the public conflict but not partner A's private document
        List<Map<String, Object>> seenByB = matches(PARTNER_B, subject);
        assertThat(seenByB).extracting(MatchAndExportTest::claimId).contains(conflicting).doesNotContain(agreeing);
        // and cannot start from the private claim at all
        as(PARTNER_B, "reader").get("/claims/{id}/matches", agreeing).then().statusCode(404);
    }

    @Test
    void reviewedClaimsExportAsClaimReviewJsonLd() {
        Doc doc = FakeDocuments.createDramShare("Export Brief", 58, "partner");
        follower.drain();
        String id = shareClaim(doc);

        as(PARTNER_A, "reader").get("/claims/{id}/claimreview", id)
                .then().statusCode(409).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/not-reviewed"));

        analystAReviews(id, "verified", "Matches the association's figures.");
        Response verified =
                as(PARTNER_A, "reader")
                        .accept("application/ld+json")
                        .get("/claims/{id}/claimreview", id);
        verified.then().statusCode(200).contentType(startsWith("application/ld+json"));
        Map<String, Object> ld = verified.jsonPath().getMap("");
        String text =
                doc.text.substring(
                        (Integer)
                                claimsOf(doc.id).stream()
                                        .filter(c -> c.get("id").equals(id))
                                        .findFirst()
                                        .orElseThrow()
                                        .get("start"));
        assertThat(ld)
                .containsEntry("@context", "https://schema.org")
                .containsEntry("@type", "ClaimReview")
                .containsEntry("reviewBody", "Matches the association's figures.");
        assertThat(text).startsWith((String) ld.get("claimReviewed"));
        assertThat((String) ld.get("url")).endsWith("/claims/" + id);
        assertThat((String) ld.get("datePublished")).matches("\\d{4}-\\d{2}-\\d{2}");
        // the owner organisation's verdict is published under its name, not the platform's
        assertThat(ld)
                .extractingByKey("author")
                .isEqualTo(Map.of("@type", "Organization", "name", PARTNER_A));
        assertThat(ld)
                .extractingByKey("reviewRating")
                .isEqualTo(
                        Map.of(
                                "@type",
                                "Rating",
                                "ratingValue",
                                5,
                                "bestRating",
                                5,
                                "worstRating",
                                1,
                                "alternateName",
                                "Verified"));
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) ld.get("itemReviewed");
        assertThat(item)
                .containsEntry("@type", "Claim")
                .containsEntry("datePublished", "2024-03-01")
                .containsEntry("author", Map.of("@type", "Organization", "name", "Test Institute"));
        assertThat(item)
                .extractingByKey("appearance")
                .asList()
                .singleElement()
                .isEqualTo(
                        Map.of(
                                "@type",
                                "CreativeWork",
                                "url",
                                doc.url,
                                "headline",
                                "Export Brief",
                                "datePublished",
                                "2024-03-01",
                                "publisher",
                                Map.of("@type", "Organization", "name", "Test Institute")));

        // the platform's own verdict (an administrator: the document is partner A's private one) is
        // published as the platform's
        review(null, "admin", Map.of("status", "disputed"), id)
                .statusCode(200);
        as(PARTNER_A, "reader")
                .get("/claims/{id}/claimreview", id)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("author.name", equalTo("Policy Lens"))
                .body("reviewRating.ratingValue", equalTo(3))
                .body("reviewRating.alternateName", equalTo("Disputed"));
        analystAReviews(id, "false", null);
        as(PARTNER_A, "reader")
                .get("/claims/{id}/claimreview", id)
                .then()
                .statusCode(200)
                .body("reviewRating.ratingValue", equalTo(1))
                .body("reviewRating.alternateName", equalTo("False"));
        analystAReviews(id, "unreviewed", null);
        as(PARTNER_A, "reader").get("/claims/{id}/claimreview", id).then().statusCode(409);
        as(PARTNER_B, "reader").get("/claims/{id}/claimreview", id).then().statusCode(404);
    }

    private static void analystAReviews(String id, String status, String note) {
        Map<String, Object> body =
                note == null ? Map.of("status", status) : Map.of("status", status, "note", note);
        review(PARTNER_A, "analyst", body, id)
                .statusCode(200);
    }

    private static List<Map<String, Object>> matches(String organisation, String claimId) {
        return as(organisation, "reader")
                .queryParam("size", 100)
                .get("/claims/{id}/matches", claimId)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }

    @SuppressWarnings("unchecked")
    private static String claimId(Map<String, Object> match) {
        return (String) ((Map<String, Object>) match.get("claim")).get("id");
    }

    private static String shareClaim(Doc doc) {
        return claimsOf(doc.id).stream()
                .filter(c -> ((String) c.get("text")).contains("DRAM market"))
                .map(c -> (String) c.get("id"))
                .findFirst()
                .orElseThrow();
    }
}
