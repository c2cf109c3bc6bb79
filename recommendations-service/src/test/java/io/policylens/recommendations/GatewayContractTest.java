package io.policylens.recommendations;

import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.testing.documents.ChangeDriver;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.policylens.recommendations.clustering.ClusteringJob;
import io.policylens.recommendations.contract.RemoteClusterDetail;
import io.policylens.recommendations.contract.RemoteClusterPage;
import io.policylens.recommendations.contract.RemoteExtraction;
import io.policylens.documents.contract.RemoteFeedStatus;
import io.policylens.documents.contract.RemoteProcessedRevision;
import io.policylens.recommendations.contract.RemoteHistoryEntry;
import io.policylens.recommendations.contract.RemoteRecommendation;
import io.policylens.recommendations.contract.RemoteRecommendationDetail;
import io.policylens.recommendations.contract.RemoteRecommendationPage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.admin;
import static io.policylens.recommendations.support.Api.analystA;
import static io.policylens.recommendations.support.Api.readerA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provider side of the contract with the gateway: this service's real answers for list, get (with
 * evidence), clusters (list and get), status change, status history, try-extract, the processed
 * revision and the admin feed (status and re-extract) are parsed with the records the gateway
 * builds its stubs from (module recommendations-contract), with a mapper that fails on any record
 * property missing from the answer and on null primitives. Renaming, removing or retyping a field
 * the gateway reads breaks this test.
 */
@QuarkusTest
class GatewayContractTest {

    /** A theme of its own, so its cluster does not mix with the other test classes' clusters. */
    static final String RICE =
            """
            Rice Trade Note

            Background

            India exported 22 million tonnes of rice in 2022, according to the Ministry of Commerce. \
            Vietnam sold rice worth 4 billion dollars to India last year.

            Recommendations

            India and Vietnam should coordinate rice export rules through a joint grain council.
            """;

    private final ObjectMapper strict = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);

    @Inject
    ClusteringJob clustering;

    /** Parses a real answer with a contract record (failing on anything missing) and gives it back as a tree. */
    private JsonNode parsed(String json, Class<?> record) throws Exception {
        return strict.valueToTree(strict.readValue(json, record));
    }

    @Test
    void recommendationsClustersTrackingExtractionAndFeedMatchTheGatewaysRecords() throws Exception {
        UUID document =
                FakeDocuments.INSTANCE.publish(
                        "Rice Trade Note", "Grain Institute", PARTNER_A, "public", RICE);
        feed.drain();
        clustering.run();

        // list
        JsonNode list =
                parsed(
                        readerA()
                                .queryParam("document", document.toString())
                                .get("/recommendations")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteRecommendationPage.class);
        assertThat(list.path("total").asLong()).isEqualTo(1).isEqualTo(list.path("items").size());
        JsonNode item = list.path("items").get(0);
        assertThat(item.path("documentId").asText()).isEqualTo(document.toString());
        assertThat(item.path("documentTitle").asText()).isEqualTo("Rice Trade Note");
        assertThat(item.path("ownerOrg").asText()).isEqualTo(PARTNER_A);
        assertThat(item.path("status").asText()).isEqualTo("proposed");
        assertThat(item.path("clusterId").asText()).isNotBlank();
        assertThat(RICE.substring(item.path("start").asInt(), item.path("end").asInt()))
                .isEqualTo(item.path("text").asText()).contains("coordinate rice export rules");
        String id = item.path("id").asText();
        String cluster = item.path("clusterId").asText();

        // get, with evidence: the claims of the same document, spans into the same text
        JsonNode detail =
                parsed(
                        readerA()
                                .get("/recommendations/{id}", id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteRecommendationDetail.class);
        assertThat(detail.path("id").asText()).isEqualTo(id);
        assertThat(detail.path("evidence").size()).isPositive();
        JsonNode evidence = detail.path("evidence").get(0);
        assertThat(evidence.path("claimId").asText()).isNotBlank();
        assertThat(RICE.substring(evidence.path("start").asInt(), evidence.path("end").asInt()))
                .isEqualTo(evidence.path("text").asText());
        assertThat(evidence.path("reason").asText()).isNotBlank();

        // clusters: list and get
        JsonNode clusters =
                parsed(
                        readerA()
                                .queryParam("size", 100)
                                .get("/recommendations/clusters")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteClusterPage.class);
        assertThat(StreamSupport.stream(clusters.path("items").spliterator(), false))
                .anySatisfy(c -> {
                    assertThat(c.path("id").asText()).isEqualTo(cluster);
                    assertThat(c.path("members").asLong()).isPositive();
                    assertThat(c.path("documents").asLong()).isPositive();
                });
        JsonNode clusterDetail = parsed(readerA().get("/recommendations/clusters/{id}", cluster)
                .then().statusCode(200).extract().asString(), RemoteClusterDetail.class);
        assertThat(clusterDetail.path("cluster").path("id").asText()).isEqualTo(cluster);
        assertThat(
                        StreamSupport.stream(
                                clusterDetail.path("members").path("items").spliterator(), false))
                .anySatisfy(m -> assertThat(m.path("id").asText()).isEqualTo(id));

        // status change: the answer is the recommendation with its new status
        JsonNode changed =
                parsed(
                        analystA()
                                .contentType(ContentType.JSON)
                                .body(
                                        Map.of(
                                                "status",
                                                "under_consideration",
                                                "note",
                                                "Raised at the council",
                                                "date",
                                                "2025-06-04"))
                                .post("/recommendations/{id}/status", id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteRecommendation.class);
        assertThat(changed.path("status").asText()).isEqualTo("under_consideration");
        assertThat(changed.path("statusChangedAt").isNull()).isFalse();

        // status history: an array of entries
        JsonNode history =
                parsed(
                        readerA()
                                .get("/recommendations/{id}/history", id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteHistoryEntry[].class);
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).path("fromStatus").asText()).isEqualTo("proposed");
        assertThat(history.get(0).path("status").asText()).isEqualTo("under_consideration");
        assertThat(history.get(0).path("note").asText()).isEqualTo("Raised at the council");
        assertThat(history.get(0).path("date").asText()).isEqualTo("2025-06-04");
        assertThat(history.get(0).path("actor").asText()).isNotBlank();

        // try-extract
        JsonNode extraction =
                parsed(
                        readerA()
                                .contentType(ContentType.JSON)
                                .body(
                                        Map.of(
                                                "text",
                                                "India and Vietnam should coordinate rice export rules.",
                                                "format",
                                                "text"))
                                .post("/recommendations/extract")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteExtraction.class);
        assertThat(extraction.path("extractorVersion").asText()).isNotBlank();
        assertThat(extraction.path("recommendations").get(0).path("strength").asText())
                .isEqualTo("should");
        assertThat(extraction.path("recommendations").get(0).path("start").asInt()).isZero();

        // processed revision (the gateway's document status asks it when a document has no recommendation)
        JsonNode processing =
                parsed(
                        readerA()
                                .get("/recommendations/documents/{id}/processing", document)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteProcessedRevision.class);
        assertThat(processing.path("documentId").asText()).isEqualTo(document.toString());
        assertThat(processing.path("revision").asInt()).isEqualTo(1);

        // admin: feed status and re-extraction
        JsonNode status =
                parsed(
                        admin().get("/recommendations/admin/feed")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteFeedStatus.class);
        // no broker in this test, so the lag is not readable and lastError says so
        assertThat(status.path("consumer").asText()).isEqualTo("policylens-recommendations");
        assertThat(status.path("lastError").asText()).contains("Kafka");
        JsonNode requested =
                parsed(
                        admin().post("/recommendations/admin/reextract")
                                .then()
                                .statusCode(202)
                                .extract()
                                .asString(),
                        RemoteFeedStatus.class);
        assertThat(requested.path("consumer").asText()).isEqualTo("policylens-recommendations");
        feed.rewind();
        feed.drain();
        readerA().get("/recommendations/{id}", id).then().statusCode(200);
    }
}
