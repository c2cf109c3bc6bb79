package io.policylens.recommendations;

import io.policylens.recommendations.support.TestSql;
import io.policylens.recommendations.support.TestDocuments;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.testing.documents.DocumentsServiceStub;
import io.policylens.testing.documents.ChangeDriver;
import io.policylens.claims.extraction.ClaimIds;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.recommendations.clustering.ClusteringJob;
import io.policylens.documents.text.ContentFormat;
import io.policylens.recommendations.service.RecommendationIds;
import io.policylens.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.policylens.recommendations.support.Api.changeStatus;
import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.admin;
import static io.policylens.recommendations.support.Api.analystA;
import static io.policylens.recommendations.support.Api.readerA;
import static io.policylens.recommendations.support.Api.readerB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The change-feed consumer: extraction with evidence, metadata changes, replays, deletions. */
@QuarkusTest
@QuarkusTestResource(
        value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "recommendations"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DocumentsServiceStub.class)
class FeedSyncTest {

    private static final FakeDocuments DOCUMENTS = FakeDocuments.INSTANCE;

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);

    @Inject
    ClusteringJob clustering;


    @BeforeEach
    void caughtUp() {
        feed.drain();
    }

    @Test
    void storesRecommendationsWithActorStrengthAndEvidence() {
        UUID doc =
                DOCUMENTS.publish(
                        "Chip Partnership Brief",
                        "Test Institute",
                        PARTNER_A,
                        "public",
                        TestDocuments.CHIPS);
        assertThat(feed.drain()).isEqualTo(1);

        List<Map<String, Object>> items =
                readerA()
                        .queryParam("document", doc.toString())
                        .get("/recommendations")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(2))
                        .extract()
                        .path("items");
        String text = new DocumentAnalyser().analyse(TestDocuments.CHIPS, ContentFormat.TEXT).text();
        Map<String, Object> first = items.get(0);
        assertThat((String) first.get("text"))
                .startsWith("Washington and Seoul should move beyond a bilateral " + "framework");
        assertThat(text.substring((Integer) first.get("start"), (Integer) first.get("end")))
                .isEqualTo(first.get("text"));
        assertThat(first.get("id"))
                .isEqualTo(
                        RecommendationIds.of(
                                        doc,
                                        (Integer) first.get("start"),
                                        (Integer) first.get("end"))
                                .toString());
        assertThat(first.get("actor")).isEqualTo("United States and South Korea");
        assertThat(first.get("strength")).isEqualTo("should");
        assertThat((List<String>) first.get("forums")).contains("Indo-Pacific Economic Framework");
        assertThat(first.get("section")).isEqualTo("Recommendations");
        assertThat(first.get("status")).isEqualTo("proposed");
        assertThat(first.get("documentTitle")).isEqualTo("Chip Partnership Brief");
        assertThat(first.get("publisher")).isEqualTo("Test Institute");
        assertThat(first.get("visibility")).isEqualTo("public");
        assertThat(first).doesNotContainKey("evidence");
        Map<String, Object> second = items.get(1);
        assertThat(second.get("actor")).isEqualTo("United States");
        assertThat(second.get("strength")).isEqualTo("must");
        assertThat(second.get("action"))
                .isEqualTo("expand export controls on advanced semiconductors");

        List<Map<String, Object>> evidence =
                readerA()
                        .get("/recommendations/{id}", second.get("id"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("evidence");
        assertThat(evidence).isNotEmpty();
        Map<String, Object> best = evidence.get(0);
        int start = (Integer) best.get("start");
        int end = (Integer) best.get("end");
        assertThat(best.get("text"))
                .isEqualTo(
                        "The United States imported chips worth 12 billion dollars from South Korea last year.");
        assertThat(text.substring(start, end)).isEqualTo(best.get("text"));
        // the id claims-service stores the same claim under
        assertThat(best.get("claimId")).isEqualTo(ClaimIds.of(doc, start, end).toString());
        assertThat((String) best.get("reason")).contains("united-states");
        assertThat(((Number) best.get("score")).doubleValue()).isBetween(0.35, 1.0);
        assertThat((String) best.get("claimsVersion")).isNotBlank();
    }

    @Test
    void metadataChangeUpdatesScopingWithoutReextracting() {
        UUID doc =
                DOCUMENTS.publish(
                        "Fisheries",
                        "Old Publisher",
                        PARTNER_A,
                        "public",
                        TestDocuments.brief("Canada", "fisheries"));
        feed.drain();
        String id = readerB().queryParam("document", doc.toString()).get("/recommendations")
                .then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");

        DOCUMENTS.updateMetadata(doc, "New Publisher", "partner");
        assertThat(feed.drain()).isEqualTo(1);

        readerB()
                .queryParam("document", doc.toString())
                .get("/recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        readerB().get("/recommendations/{id}", id).then().statusCode(404);
        readerA().get("/recommendations/{id}", id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("publisher", equalTo("New Publisher"))
                .body("visibility", equalTo("partner"))
                .body("documentRevision", equalTo(2));
    }

    @Test
    void replayAndForcedReextractionAreIdempotentAndKeepTrackingState() {
        UUID doc =
                DOCUMENTS.publish(
                        "Rail",
                        "Rail Institute",
                        PARTNER_A,
                        "public",
                        TestDocuments.brief("Mexico", "railway"));
        feed.drain();
        String id = readerA().queryParam("document", doc.toString()).get("/recommendations")
                .then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
        changeStatus(analystA(), Map.of("status", "under_consideration", "note", "tabled"), id)
                .statusCode(200);
        long before = total();
        long evidenceBefore = count("SELECT count(*) FROM evidence_links");

        for (boolean force : new boolean[] {false, true}) {
            admin().queryParam("force", force)
                    .post("/recommendations/admin/reextract")
                    .then()
                    .statusCode(202)
                    .body("consumer", equalTo("policylens-recommendations"));
            // the replay stands for the re-extraction's read of the topic (StreamConsumerTest covers that)
            feed.rewind();
            assertThat(feed.drain()).isEqualTo((int) DOCUMENTS.head());
            assertThat(total()).isEqualTo(before);
            assertThat(count("SELECT count(*) FROM evidence_links")).isEqualTo(evidenceBefore);
            readerA()
                    .get("/recommendations/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("under_consideration"));
            readerA().get("/recommendations/{id}/history", id).then().statusCode(200)
                    .body("size()", equalTo(1)).body("[0].note", equalTo("tabled"));
        }
        assertThat(
                        count(
                                "SELECT count(*) FROM (SELECT document_id, span_start FROM recommendations GROUP BY 1, "
                                + "2 HAVING count(*) > 1) d"))
                .isZero();
    }

    @Test
    void deletionRemovesRecommendationsEvidenceHistoryAndClusterMembership() {
        UUID doc =
                DOCUMENTS.publish(
                        "Forestry",
                        "Forest Council",
                        PARTNER_A,
                        "public",
                        TestDocuments.brief("Chile", "forestry"));
        feed.drain();
        clustering.run();
        Map<String, Object> recommendation =
                readerA()
                        .queryParam("document", doc.toString())
                        .get("/recommendations")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(1))
                        .extract()
                        .path("items[0]");
        String id = (String) recommendation.get("id");
        String cluster = (String) recommendation.get("clusterId");
        assertThat(cluster).isNotNull();
        changeStatus(analystA(), Map.of("status", "rejected"), id)
                .statusCode(200);
        assertThat(count("SELECT count(*) FROM evidence_links WHERE document_id = '" + doc + "'"))
                .isPositive();

        DOCUMENTS.delete(doc);
        assertThat(feed.drain()).isEqualTo(1);
        clustering.run();

        admin().queryParam("document", doc.toString())
                .get("/recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        admin().get("/recommendations/{id}", id).then().statusCode(404);
        assertThat(count("SELECT count(*) FROM evidence_links WHERE document_id = '" + doc + "'"))
                .isZero();
        assertThat(
                        count(
                                "SELECT count(*) FROM recommendation_status_history WHERE recommendation_id = '"
                                        + id
                                        + "'"))
                .isZero();
        // the marker stays as a tombstone, so an older revision prepared meanwhile cannot bring the document back
        assertThat(
                        count(
                                "SELECT count(*) FROM processed_documents WHERE document_id = '"
                                        + doc
                                        + "' AND deleted"))
                .isEqualTo(1);
        // the cluster lost the member: gone when it was the only one, else no longer listing it
        int status =
                admin().get("/recommendations/clusters/{id}", cluster)
                        .then()
                        .extract()
                        .statusCode();
        if (status == 200) {
            List<String> members =
                    admin().queryParam("size", 100)
                            .get("/recommendations/clusters/{id}", cluster)
                            .then()
                            .extract()
                            .path("members.items.id");
            assertThat(members).doesNotContain(id);
        } else {
            assertThat(status).isEqualTo(404);
            assertThat(count("SELECT count(*) FROM clusters WHERE id = '" + cluster + "'"))
                    .isZero();
        }
    }

    private long total() {
        return ((Number)
                        admin().queryParam("size", 1)
                                .get("/recommendations")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("total"))
                .longValue();
    }

    private long count(String sql) {
        return TestSql.longValue(sql);
    }
}
