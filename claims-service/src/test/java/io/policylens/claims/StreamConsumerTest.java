package io.policylens.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.policylens.claims.support.CrashSwitch;
import io.policylens.testing.documents.DocumentsServiceStub;
import io.policylens.claims.support.FakeDocuments;
import io.policylens.claims.support.FakeDocuments.Doc;
import io.policylens.common.problem.Problem;
import io.policylens.documents.client.stream.ChangeApplier;
import io.policylens.documents.client.stream.ChangeRecords;
import io.policylens.documents.client.stream.KafkaClients;
import io.policylens.documents.client.stream.StreamProgress;
import io.policylens.documents.contract.RemoteChange;
import io.policylens.testing.EmbeddedPostgresResource;
import io.policylens.testing.kafka.KafkaBrokerResource;
import io.policylens.testing.kafka.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.policylens.claims.support.Api.PARTNER_A;
import static io.policylens.claims.support.Api.PARTNER_B;
import static io.policylens.claims.support.Api.admin;
import static io.policylens.claims.support.Api.as;
import static io.policylens.claims.support.Api.countOf;
import static io.policylens.claims.support.Briefs.expected;
import static io.policylens.claims.support.Briefs.memoryChips;
import static io.policylens.testing.Eventually.until;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The Kafka change stream consumer (documents-client's stream kit) against a real broker: changes
 * applied once, re-delivery idempotent, a poison change dead-lettered while later ones apply,
 * replay, and the fast path that applies a visibility change while extraction work is still
 * waiting. The test plays documents-service's relay: it publishes the change records, and the fake
 * documents-service answers the snapshots.
 */
@QuarkusTest
@TestProfile(StreamConsumerTest.KafkaSource.class)
@QuarkusTestResource(
        value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "claims" + ""))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DocumentsServiceStub.class)
class StreamConsumerTest {

    private static final String TOPIC = "policylens.document-changes";
    private static final String DEAD_LETTERS = "/claims/admin/feed/dead-letters";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    public static class KafkaSource implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("policylens.feed.enabled", "true");
            config.put("%test.policylens.feed.enabled", "true");
            config.put("policylens.feed.retry.attempts", "3");
            config.put("policylens.feed.retry.initial-delay", "50ms");
            config.put("policylens.feed.retry.max-delay", "100ms");
            config.put("policylens.feed.reextraction.check-interval", "200ms");
            for (String channel : List.of("document-changes", "document-scope")) {
                // commit and discover the topic quickly: the tests wait for both
                config.put("mp.messaging.incoming." + channel + ".auto.commit.interval.ms", "100");
                config.put("mp.messaging.incoming." + channel + ".metadata.max.age.ms", "500");
            }
            return config;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerResource.class));
        }
    }

    @Inject
    CrashSwitch crashSwitch;

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaClients kafkaClients;

    @Inject
    ChangeApplier applier;

    @Inject
    ChangeRecords changeRecords;

    @Inject
    StreamProgress streamProgress;

    /** Health is served on the management port only. */
    @TestHTTPResource(value = "health/live", management = true)
    URL liveness;

    @AfterEach
    void switchOff() {
        crashSwitch.off();
    }

    @Test
    void aChangeIsAppliedOnceAndItsReDeliveryChangesNothing() {
        Doc doc = FakeDocuments.createChips("Streamed", "partner");
        int expected = expected(doc).size();
        assertThat(expected).isPositive();

        RecordMetadata first = publish(doc, "created");
        until("the change is applied", PATIENCE, () -> countOf(doc.id) == expected);
        awaitCommittedPast(first);
        String processedAt = processedAt(doc);

        RecordMetadata again = publish(doc, "created");
        awaitCommittedPast(again);
        assertThat(countOf(doc.id)).isEqualTo(expected);
        assertThat(processedAt(doc))
                .as("a re-delivered change writes nothing")
                .isEqualTo(processedAt);

        until("no lag left", PATIENCE, () -> ((Number) feed().get("lag")).longValue() == 0
                && ((Number) feed().get("fastPathLag")).longValue() == 0);
        Map<String, Object> feed = feed();
        assertThat(feed).containsEntry("consumer", "policylens-claims").doesNotContainKey("source");
        assertThat((List<?>) feed.get("partitions")).isNotEmpty();
    }

    @Test
    void theLagCountsChangesWaitingBehindAHeldOneAndFallsBackToZero() {
        Doc held = FakeDocuments.createChips("Held", "partner");
        Doc waiting = FakeDocuments.createChips("Waiting", "partner");
        crashSwitch.hold(held.id);
        try {
            RecordMetadata first = publish(held, "created");
            RecordMetadata second = publish(waiting, "created");
            // the consumer is stuck on the held change: the lag read from the broker says what waits, on every replica
            until(
                    "the held change and what follows it are lag",
                    PATIENCE,
                    () ->
                            ((Number) feed().get("lag")).longValue()
                                    >= (first.partition() == second.partition() ? 2 : 1));
        } finally {
            crashSwitch.release();
        }
        until(
                "both documents are extracted",
                PATIENCE,
                () ->
                        countOf(held.id) == expected(held).size()
                                && countOf(waiting.id) == expected(waiting).size());
        until("no lag left", PATIENCE, () -> ((Number) feed().get("lag")).longValue() == 0);
        Map<String, Object> feed = feed();
        assertThat(((Number) feed.get("head")).longValue())
                .isEqualTo(((Number) feed.get("cursor")).longValue())
                .isPositive();
        assertThat(feed.get("lastPoll")).isNotNull();
    }

    /**
     * Two replicas: a second member of the service's consumer group, applying with the same applier, joins. The group
     * splits the partitions, so both members extract a share of the documents, and each document ends up extracted
     * exactly once.
     */
    @Test
    void twoConsumersInOneGroupSplitTheWorkAndEachDocumentIsExtractedOnce() throws Exception {
        TestTopics.ensure(TOPIC, 4);
        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                KafkaBrokerResource.bootstrapServers()))) {
            int partitions =
                    admin.describeTopics(List.of(TOPIC))
                            .allTopicNames()
                            .get(30, TimeUnit.SECONDS)
                            .get(TOPIC)
                            .partitions()
                            .size();
            if (partitions < 4) {
                admin.createPartitions(Map.of(TOPIC, NewPartitions.increaseTo(4))).all().get(30, TimeUnit.SECONDS);
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger appliedBySecond = new AtomicInteger();
            AtomicInteger assigned = new AtomicInteger();
            Thread second =
                    Thread.ofPlatform()
                            .name("second-replica")
                            .start(
                                    () -> {
                                        try (KafkaConsumer<String, String> consumer =
                                                kafkaClients.consumer("policylens-claims")) {
                                            consumer.subscribe(List.of(TOPIC));
                                            while (!stop.get()) {
                                                for (ConsumerRecord<String, String> record :
                                                        consumer.poll(Duration.ofMillis(200))) {
                                                    applier.apply(
                                                            changeRecords.parse(record.value()));
                                                    appliedBySecond.incrementAndGet();
                                                }
                                                consumer.commitSync();
                                                assigned.set(consumer.assignment().size());
                                            }
                                        }
                                    });
            try {
                until(
                        "both members share the partitions",
                        PATIENCE,
                        () -> assigned.get() > 0 && groupMembers(admin) == 2);
                long appliedByServiceBefore = streamProgress.appliedCount();
                List<Doc> docs = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    Doc doc =
                            FakeDocuments.create(
                                    "Replica " + i,
                                    memoryChips(UUID.randomUUID().toString()),
                                    PARTNER_A,
                                    "partner");
                    docs.add(doc);
                    publish(doc, "created");
                }
                until(
                        "every document is extracted",
                        PATIENCE,
                        () -> docs.stream().allMatch(d -> countOf(d.id) == expected(d).size()));
                assertThat(appliedBySecond.get())
                        .as("the second replica's share")
                        .isPositive()
                        .isLessThan(16);
                assertThat(streamProgress.appliedCount() - appliedByServiceBefore)
                        .as("the service's share")
                        .isPositive();
                for (Doc doc : docs) {
                    assertThat(countOf(doc.id))
                            .as("extracted once")
                            .isEqualTo(expected(doc).size());
                }
            } finally {
                stop.set(true);
                second.join(Duration.ofSeconds(30).toMillis());
            }
        }
    }

    private static int groupMembers(Admin admin) {
        try {
            return admin.describeConsumerGroups(List.of("policylens-claims"))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .get("policylens-claims")
                    .members()
                    .size();
        } catch (Exception e) {
            return 0;
        }
    }

    @Test
    void livenessIncludesTheKafkaConsumersHealth() {
        // the connector's own check: DOWN when the consumer failed or a record stays unprocessed
        // too long (a stuck consumer)
        given().get(liveness)
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(
                        "checks.find { it.data != null && it.data.containsKey('document-changes') }.status",
                        equalTo("UP"));
    }

    @Test
    void aPoisonChangeIsDeadLetteredWhileLaterChangesApplyAndCanBeReplayed() {
        Doc poison = FakeDocuments.createChips("Poison", "public");
        FakeDocuments.failSentences(poison, true);
        Doc later = FakeDocuments.createChips("Later", "public");
        double deadLettersBefore = deadLettersCounted();

        publish(poison, "created");
        publish(later, "created");

        until(
                "the later change is applied",
                PATIENCE,
                () -> countOf(later.id) == expected(later).size());
        until(
                "the poison change is dead-lettered",
                PATIENCE,
                () -> deadLetterOf(poison).isPresent());
        Map<String, Object> letter = deadLetterOf(poison).orElseThrow();
        assertThat((String) letter.get("error")).contains("500");
        assertThat(letter).containsEntry("replayed", false).containsEntry("kind", "created");
        assertThat(countOf(poison.id)).isZero();
        assertThat(deadLettersCounted()).isEqualTo(deadLettersBefore + 1);

        // still failing: the replay reports it and the dead letter stays pending
        admin().post(DEAD_LETTERS + "/{id}/replay", letter.get("id")).then().statusCode(200)
                .body("applied", equalTo(0)).body("failed", equalTo(1));

        FakeDocuments.failSentences(poison, false);
        admin().post(DEAD_LETTERS + "/{id}/replay", letter.get("id")).then().statusCode(200)
                .body("applied", equalTo(1)).body("results[0].applied", equalTo(true));
        assertThat(countOf(poison.id)).isEqualTo(expected(poison).size());
        assertThat(deadLetterOf(poison).orElseThrow()).containsEntry("replayed", true);
        String processedAt = processedAt(poison);

        admin().post(DEAD_LETTERS + "/replay").then().statusCode(200).body("failed", equalTo(0));
        admin().post(DEAD_LETTERS + "/{id}/replay", letter.get("id"))
                .then()
                .statusCode(200)
                .body("applied", equalTo(1));
        assertThat(processedAt(poison))
                .as("replaying an applied change writes nothing")
                .isEqualTo(processedAt);
    }

    @Test
    void aChangeWaitsOutAnUnavailableDocumentsServiceInsteadOfBeingDeadLettered() {
        Doc waiting = FakeDocuments.createChips("Waiting", "public");
        FakeDocuments.unavailable(waiting, true);
        double retriesBefore = retriesCounted();
        double deadLettersBefore = deadLettersCounted();

        publish(waiting, "created");
        // three attempts are configured: twice as many failures are an outage being waited out
        until("the change is tried beyond its attempts", PATIENCE, () -> retriesCounted() >= retriesBefore + 6);
        assertThat(deadLetterOf(waiting)).isEmpty();
        assertThat(deadLettersCounted()).isEqualTo(deadLettersBefore);
        assertThat((String) feed().get("lastError")).contains("503");

        FakeDocuments.unavailable(waiting, false);
        until("the change is applied once documents-service is back", PATIENCE,
                () -> countOf(waiting.id) == expected(waiting).size());
        assertThat(deadLetterOf(waiting)).isEmpty();
    }

    @Test
    void aVisibilityChangeOvertakesExtractionWorkWaitingBeforeIt() {
        Doc shared = FakeDocuments.createChips("Shared", "public");
        publish(shared, "created");
        until(
                "the shared document is visible to partner B",
                PATIENCE,
                () -> visibleToPartnerB(shared) > 0);

        Doc slow = FakeDocuments.createChips("Slow", "public");
        crashSwitch.hold(slow.id);
        publish(slow, "created");
        FakeDocuments.updateMetadata(shared, null, "partner");
        publish(shared, "updated");

        until(
                "partner B no longer sees the shared document",
                PATIENCE,
                () -> visibleToPartnerB(shared) == 0);
        assertThat(countOf(slow.id))
                .as("the regular path is still held at the slow document")
                .isZero();

        crashSwitch.release();
        until(
                "the slow document is extracted",
                PATIENCE,
                () -> countOf(slow.id) == expected(slow).size());
        assertThat(visibleToPartnerB(shared)).isZero();
    }

    @Test
    void aForcedReExtractionReadsTheTopicAgainInAGroupOfItsOwn() {
        Doc doc = FakeDocuments.createChips("Re-extracted", "public");
        awaitCommittedPast(publish(doc, "created"));
        String processedAt = processedAt(doc);

        admin().post("/claims/admin/reextract?force=true")
                .then()
                .statusCode(202)
                .body("consumer", equalTo("policylens-" + "claims"));

        // the forced request forgot the marker (404 meanwhile); the re-extraction writes a new one
        until(
                "the document is extracted again",
                PATIENCE,
                () -> {
                    var answer =
                            as(doc.ownerOrg, "reader")
                                    .get("/claims/documents/{id}/processing", doc.id);
                    return answer.statusCode() == 200
                            && !processedAt.equals(answer.path("processedAt"));
                });
        assertThat(countOf(doc.id)).isEqualTo(expected(doc).size());
        until(
                "the re-extraction has read the whole topic",
                PATIENCE,
                () ->
                        ((Number) ((Map<?, ?>) feed().get("reextraction")).get("lag")).longValue()
                                == 0);
        assertThat(feed().get("reextraction").toString()).contains("generation", "running");
    }

    @Test
    void deadLetterEndpointsAreForAdministratorsAndCheckTheirInput() {
        as(PARTNER_A, "analyst")
                .get(DEAD_LETTERS)
                .then()
                .statusCode(403)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(PARTNER_A, "reader")
                .post(DEAD_LETTERS + "/replay")
                .then()
                .statusCode(403)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(null, "service").post(DEAD_LETTERS + "/0-1/replay").then().statusCode(403);
        given().get(DEAD_LETTERS).then().statusCode(401).contentType(startsWith(Problem.MEDIA_TYPE));

        admin().queryParam("limit", 0)
                .get(DEAD_LETTERS)
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        admin().queryParam("pending", "maybe").get(DEAD_LETTERS).then().statusCode(400);
        admin().post(DEAD_LETTERS + "/not-an-id/replay")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        admin().post(DEAD_LETTERS + "/0-999999999/replay")
                .then()
                .statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void deadLetterEndpointsAreDocumentedWithExamplesRolesAndProblems() {
        String list = "paths.'/claims/admin/feed/dead-letters'.get";
        String replay = "paths.'/claims/admin/feed/dead-letters/{id}/replay'.post";
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(list + ".tags", org.hamcrest.Matchers.contains("Claims administration"))
                .body(list + ".security[0]", org.hamcrest.Matchers.hasKey("SecurityScheme"))
                .body(
                        list + ".responses.keySet()",
                        org.hamcrest.Matchers.hasItems("200", "400", "401", "403"))
                .body(
                        replay + ".responses.keySet()",
                        org.hamcrest.Matchers.hasItems("200", "400", "401", "403", "404"))
                .body(
                        replay + ".responses.'404'.content",
                        org.hamcrest.Matchers.hasKey(Problem.MEDIA_TYPE))
                .body(replay + ".parameters[0].example", equalTo("4-17"))
                .body("components.schemas.DeadLetter.examples[0].id", equalTo("4-17"))
                .body(
                        "components.schemas.FeedStatus.examples[0].consumer",
                        equalTo("policylens-claims"));
    }

    private static RecordMetadata publish(Doc doc, String kind) {
        RemoteChange change =
                new RemoteChange(
                        FakeDocuments.head(),
                        doc.id,
                        doc.revision,
                        kind,
                        doc.ownerOrg,
                        doc.visibility);
        try {
            return TestTopics.send(TOPIC, doc.id.toString(), JSON.writeValueAsString(change));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> feed() {
        return admin().get("/claims/admin/feed").then().statusCode(200).extract().as(Map.class);
    }

    /** Waits until the consumer group committed past the record: the change is applied (offsets follow application). */
    @SuppressWarnings("unchecked")
    private static void awaitCommittedPast(RecordMetadata record) {
        until(
                "offset " + record.offset() + " committed",
                PATIENCE,
                () ->
                        ((List<Map<String, Object>>) feed().get("partitions"))
                                .stream()
                                        .anyMatch(
                                                p ->
                                                        ((Number) p.get("partition")).intValue()
                                                                        == record.partition()
                                                                && ((Number) p.get("committed"))
                                                                                .longValue()
                                                                        > record.offset()));
    }

    private static String processedAt(Doc doc) {
        return as(doc.ownerOrg, "reader")
                .get("/claims/documents/{id}/processing", doc.id)
                .then()
                .statusCode(200)
                .extract()
                .path("processedAt");
    }

    private static int visibleToPartnerB(Doc doc) {
        return as(PARTNER_B, "reader").queryParam("document", doc.id.toString()).get("/claims")
                .then().statusCode(200).extract().path("total");
    }

    @SuppressWarnings("unchecked")
    private static java.util.Optional<Map<String, Object>> deadLetterOf(Doc doc) {
        List<Map<String, Object>> letters = admin().get(DEAD_LETTERS).then().statusCode(200).extract().as(List.class);
        return letters.stream()
                .filter(l -> doc.id.toString().equals(l.get("documentId")))
                .findFirst();
    }

    private double retriesCounted() {
        var counter = registry.find("policylens.feed.retries").tag("consumer", "claims").counter();
        return counter == null ? 0 : counter.count();
    }

    private double deadLettersCounted() {
        var counter =
                registry.find("policylens.feed.dead.letters").tag("consumer", "claims").counter();
        return counter == null ? 0 : counter.count();
    }
}
