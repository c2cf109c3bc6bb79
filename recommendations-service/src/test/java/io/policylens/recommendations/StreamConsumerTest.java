package io.policylens.recommendations;

import io.policylens.recommendations.support.TestDocuments;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.testing.documents.DocumentsServiceStub;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.common.problem.Problem;
import io.policylens.documents.contract.RemoteChange;
import io.policylens.documents.contract.RemoteDocument;
import io.policylens.testing.EmbeddedPostgresResource;
import io.policylens.testing.kafka.KafkaBrokerResource;
import io.policylens.testing.kafka.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.admin;
import static io.policylens.recommendations.support.Api.as;
import static io.policylens.recommendations.support.Api.readerA;
import static io.policylens.testing.Eventually.until;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * recommendations-service on the Kafka change stream (the stream kit shared with claims-service,
 * whose test covers the fast path): in its own consumer group and dead-letter topic, applied once,
 * re-delivery idempotent, a poison change dead-lettered while a later one applies, replay of all
 * dead letters.
 */
@QuarkusTest
@TestProfile(StreamConsumerTest.KafkaSource.class)
@QuarkusTestResource(
        value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "recommendations"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DocumentsServiceStub.class)
class StreamConsumerTest {

    private static final FakeDocuments DOCUMENTS = FakeDocuments.INSTANCE;
    private static final String DEAD_LETTERS = "/recommendations/admin/feed/dead-letters";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    public static class KafkaSource implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.policylens.feed.enabled", "true",
                    "policylens.feed.retry.attempts", "2",
                    "policylens.feed.retry.initial-delay", "50ms",
                    "mp.messaging.incoming.document-changes.auto.commit.interval.ms", "100",
                    "mp.messaging.incoming.document-changes.metadata.max.age.ms", "500",
                    "mp.messaging.incoming.document-scope.metadata.max.age.ms", "500");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerResource.class));
        }
    }

    @AfterEach
    void healed() {
        DOCUMENTS.heal();
    }

    @Test
    void changesAreAppliedOnceInTheServicesOwnGroup() {
        UUID doc =
                DOCUMENTS.publish(
                        "Streamed Chips",
                        "Test Institute",
                        PARTNER_A,
                        "public",
                        TestDocuments.CHIPS);
        RecordMetadata first = send(doc, "created");
        until("the change is applied", PATIENCE, () -> recommendationsOf(doc) == 2);
        String processedAt = processedAt(doc);

        RecordMetadata again = send(doc, "created");
        until("the re-delivery is committed", PATIENCE, () -> committedPast(again));
        assertThat(first.partition()).isEqualTo(again.partition());
        assertThat(recommendationsOf(doc)).isEqualTo(2);
        assertThat(processedAt(doc))
                .as("a re-delivered change writes nothing")
                .isEqualTo(processedAt);

        Map<String, Object> feed = feed();
        assertThat(feed)
                .containsEntry("consumer", "policylens-recommendations")
                .doesNotContainKey("source")
                .containsKey("clustering");
        // the newest applied change (documents-service's sequence number) is what clustering reports against
        assertThat(((Number) ((Map<?, ?>) feed.get("clustering")).get("clusteredUpTo")).longValue())
                .isLessThanOrEqualTo(DOCUMENTS.head());
    }

    @Test
    void aPoisonChangeIsDeadLetteredWhileALaterOneAppliesThenReplayed() {
        UUID poison =
                DOCUMENTS.publish(
                        "Poison Chips", "Test Institute", PARTNER_A, "public", TestDocuments.CHIPS);
        DOCUMENTS.failSentencesOf(poison);
        UUID later =
                DOCUMENTS.publish(
                        "Later Chips", "Test Institute", PARTNER_A, "public", TestDocuments.CHIPS);
        send(poison, "created");
        send(later, "created");

        until("the later change is applied", PATIENCE, () -> recommendationsOf(later) == 2);
        until(
                "the poison change is dead-lettered",
                PATIENCE,
                () -> pendingDeadLetters().contains(poison.toString()));
        assertThat(recommendationsOf(poison)).isZero();

        DOCUMENTS.heal();
        admin().post(DEAD_LETTERS + "/replay").then().statusCode(200).body("failed", equalTo(0));
        assertThat(recommendationsOf(poison)).isEqualTo(2);
        assertThat(pendingDeadLetters()).doesNotContain(poison.toString());
    }

    @Test
    void deadLettersAreForAdministrators() {
        as(PARTNER_A, "analyst")
                .get(DEAD_LETTERS)
                .then()
                .statusCode(403)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(PARTNER_A, "reader").post(DEAD_LETTERS + "/0-0/replay").then().statusCode(403);
        given().post(DEAD_LETTERS + "/replay").then().statusCode(401);
        admin().queryParam("limit", 1001)
                .get(DEAD_LETTERS)
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
    }

    private static RecordMetadata send(UUID id, String kind) {
        RemoteDocument document = DOCUMENTS.document(id);
        RemoteChange change = new RemoteChange(DOCUMENTS.head(), id, document.revision(), kind, document.ownerOrg(),
                document.visibility());
        try {
            return TestTopics.send(
                    "policylens.document-changes", id.toString(), JSON.writeValueAsString(change));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int recommendationsOf(UUID doc) {
        return readerA()
                .queryParam("document", doc.toString())
                .get("/recommendations")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    private static String processedAt(UUID doc) {
        return readerA()
                .get("/recommendations/documents/{id}/processing", doc)
                .then()
                .statusCode(200)
                .extract()
                .path("processedAt");
    }

    private static Map<String, Object> feed() {
        return admin().get("/recommendations/admin/feed")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static boolean committedPast(RecordMetadata record) {
        return ((List<Map<String, Object>>) feed().get("partitions")).stream()
                .anyMatch(p -> ((Number) p.get("partition")).intValue() == record.partition()
                        && ((Number) p.get("committed")).longValue() > record.offset());
    }

    private static List<String> pendingDeadLetters() {
        return admin().queryParam("pending", "true").get(DEAD_LETTERS).then().statusCode(200)
                .extract().jsonPath().getList("documentId", String.class);
    }
}
