package io.policylens.claims;

import io.policylens.testing.documents.ChangeDriver;
import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.testing.documents.DocumentsServiceStub;
import io.policylens.claims.support.FakeDocuments;
import io.policylens.claims.support.FakeDocuments.Doc;
import io.policylens.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.policylens.claims.support.Api.PARTNER_A;
import static io.policylens.claims.support.Api.review;
import static io.policylens.claims.support.Api.PARTNER_B;
import static io.policylens.claims.support.Api.admin;
import static io.policylens.claims.support.Api.totalAsAdmin;
import static io.policylens.claims.support.Api.as;
import static io.policylens.claims.support.Api.claimsOf;
import static io.policylens.claims.support.Api.countOf;
import static io.policylens.claims.support.Briefs.expected;
import static io.policylens.claims.support.Briefs.expectedIds;
import static io.policylens.claims.support.Briefs.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The change consumer: documents become claims, follow metadata changes and deletions, and replay
 * idempotently.
 */
@QuarkusTest
@QuarkusTestResource(
        value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "claims" + ""))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DocumentsServiceStub.class)
class FeedConsumerTest {

    final ChangeDriver follower = new ChangeDriver(FakeDocuments::changesAfter);

    @Test
    @SuppressWarnings("unchecked")
    void documentsBecomeClaimsWithSpansTypesStructureAndScoping() {
        Doc doc = FakeDocuments.createChips("Memory Chips", "partner");
        follower.drain();

        List<ExtractedClaim> expected = expected(doc);
        assertThat(expected).as("the brief has claims to find").isNotEmpty();
        List<Map<String, Object>> stored = claimsOf(doc.id);
        assertThat(stored).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            ExtractedClaim want = expected.get(i);
            Map<String, Object> got = stored.get(i); // text order with a document filter
            assertThat(got.get("id")).isEqualTo(idOf(doc.id, want));
            assertThat(got.get("start")).isEqualTo(want.start());
            assertThat(got.get("end")).isEqualTo(want.end());
            assertThat(got.get("text")).isEqualTo(doc.text.substring(want.start(), want.end()));
            assertThat(got.get("type")).isEqualTo(want.type().label());
            assertThat(got.get("hedged")).isEqualTo(want.hedging().hedged());
            assertThat(got.get("entities")).isEqualTo(want.entities());
            @SuppressWarnings("unchecked")
            Map<String, Object> document = (Map<String, Object>) got.get("document");
            assertThat(document.get("ownerOrg")).isEqualTo(PARTNER_A);
            assertThat(document.get("visibility")).isEqualTo("partner");
            assertThat(document.get("title")).isEqualTo("Memory Chips");
            assertThat(document.get("publisher")).isEqualTo("Test Institute");
            assertThat(document.get("revision")).isEqualTo(1);
        }
        // the sourced statistic carries its structure: figure, measure, source, entity, section and topic
        Map<String, Object> statistic =
                stored.stream()
                        .filter(c -> ((String) c.get("text")).contains("60 percent"))
                        .findFirst()
                        .orElseThrow();
        assertThat(statistic.get("type")).isEqualTo("statistic");
        assertThat(statistic.get("section")).isEqualTo("Background");
        assertThat((List<Object>) statistic.get("topics")).contains("semiconductors");
        assertThat((List<Object>) statistic.get("entities")).contains("south-korea");
        assertThat((Map<String, Object>) statistic.get("citedSource"))
                .containsEntry("name", "Korea Semiconductor Industry Association");
        assertThat((List<Map<String, Object>>) statistic.get("quantities"))
                .singleElement()
                .satisfies(
                        q ->
                                assertThat(q)
                                        .containsEntry("scale", "percent")
                                        .containsEntry("value", 60.0f));

        // partner scoping: the owner's reader sees the claims, another partner's reader does not
        as(PARTNER_A, "reader").queryParam("document", doc.id.toString()).get("/claims")
                .then().statusCode(200).body("total", equalTo(expected.size()));
        as(PARTNER_B, "reader").queryParam("document", doc.id.toString()).get("/claims")
                .then().statusCode(200).body("total", equalTo(0));
        as(PARTNER_B, "reader").get("/claims/{id}", statistic.get("id")).then().statusCode(404);
    }

    @Test
    void deletedDocumentsLoseTheirClaimsAndReviews() {
        Doc doc = FakeDocuments.createChips("To Delete", "public");
        follower.drain();
        assertThat(countOf(doc.id)).isEqualTo(expected(doc).size()).isPositive();
        String claimId = (String) claimsOf(doc.id).get(0).get("id");
        review(PARTNER_A, "analyst", Map.of("status", "verified"), claimId).statusCode(200);

        FakeDocuments.delete(doc);
        follower.drain();

        assertThat(countOf(doc.id)).isZero();
        admin().get("/claims/{id}", claimId).then().statusCode(404);
        admin().get("/claims/{id}/reviews", claimId).then().statusCode(404);
    }

    @Test
    void metadataChangesPropagateWithoutReExtraction() {
        Doc doc = FakeDocuments.createChips("Private Draft", "partner");
        follower.drain();
        List<Map<String, Object>> before = claimsOf(doc.id);
        as(PARTNER_B, "reader").queryParam("document", doc.id.toString()).get("/claims")
                .then().statusCode(200).body("total", equalTo(0));

        FakeDocuments.updateMetadata(doc, "Published Brief", "public");
        follower.drain();

        List<Map<String, Object>> after = claimsOf(doc.id);
        assertThat(ids(after)).isEqualTo(ids(before));
        assertThat(after)
                .allSatisfy(
                        c -> {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> document = (Map<String, Object>) c.get("document");
                            assertThat(document.get("visibility")).isEqualTo("public");
                            assertThat(document.get("title")).isEqualTo("Published Brief");
                            assertThat(document.get("revision")).isEqualTo(2);
                        });
        as(PARTNER_B, "reader").queryParam("document", doc.id.toString()).get("/claims")
                .then().statusCode(200).body("total", equalTo(before.size()));

        // and back to private: partner B loses sight of them again
        FakeDocuments.updateMetadata(doc, null, "partner");
        follower.drain();
        as(PARTNER_B, "reader").queryParam("document", doc.id.toString()).get("/claims")
                .then().statusCode(200).body("total", equalTo(0));
        as(PARTNER_B, "reader").get("/claims/{id}", before.get(0).get("id")).then().statusCode(404);
    }

    @Test
    void replayingTheWholeFeedIsIdempotentAndKeepsReviews() {
        Doc doc = FakeDocuments.createChips("Replayed", "partner");
        follower.drain();
        Map<String, Object> claim = claimsOf(doc.id).get(0);
        String claimId = (String) claim.get("id");
        review(PARTNER_A, "analyst", Map.of("status", "disputed", "note", "Other sources give 45 percent."), claimId)
                .statusCode(200);
        long total = totalAsAdmin();

        // plain replay: every change is delivered again, nothing changes
        follower.rewind();
        assertThat((long) follower.drain()).isEqualTo(FakeDocuments.head());
        assertThat(follower.position()).isEqualTo(FakeDocuments.head());
        assertThat(totalAsAdmin()).isEqualTo(total);
        assertThat(ids(claimsOf(doc.id))).isEqualTo(expectedIds(doc));

        // forced re-extraction (the request forgets the markers; the replay stands for the re-extraction's read of the
        // topic, see StreamConsumerTest): every live document is extracted again; ids, counts and reviews survive
        admin().queryParam("force", true).post("/claims/admin/reextract").then().statusCode(202);
        follower.rewind();
        assertThat((long) follower.drain()).isEqualTo(FakeDocuments.head());
        assertThat(totalAsAdmin()).isEqualTo(total);
        assertThat(ids(claimsOf(doc.id))).isEqualTo(expectedIds(doc));
        Map<String, Object> again =
                admin().get("/claims/{id}", claimId).then().statusCode(200).extract().path("");
        assertThat(again.get("updatedAt")).isNotEqualTo(claim.get("updatedAt"));
        assertThat(again).extractingByKey("review").extracting("status").isEqualTo("disputed");
        admin().get("/claims/{id}/reviews", claimId)
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    private static java.util.Set<Object> ids(List<Map<String, Object>> claims) {
        return claims.stream().map(c -> c.get("id")).collect(Collectors.toSet());
    }
}
