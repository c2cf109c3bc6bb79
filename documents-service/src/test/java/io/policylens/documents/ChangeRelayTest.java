package io.policylens.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.documents.feed.relay.ChangeRelayLoop;
import io.policylens.documents.feed.relay.RelayCursors;
import io.policylens.testing.kafka.KafkaBrokerResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static io.policylens.documents.support.Api.as;
import static io.policylens.documents.support.Api.createAsA;
import static io.policylens.documents.support.Api.createRetitleAndDelete;
import static io.policylens.documents.support.Api.uniqueBrief;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The change relay against a real Kafka broker (child JVM) and a real PostgreSQL. */
@QuarkusTest
@TestProfile(ChangeRelayTest.KafkaOn.class)
class ChangeRelayTest {

    private static final String TOPIC = "policylens.document-changes";

    public static class KafkaOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("policylens.changes.kafka.enabled", "true", "%test.policylens.changes.kafka.enabled", "true",
                    "policylens.changes.kafka.interval", "100ms",
                    "policylens.changes.kafka.retry-interval", "500ms");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerResource.class));
        }
    }

    @Inject
    ChangeRelayLoop loop;

    @Inject
    RelayCursors cursors;

    @Inject
    ObjectMapper json;

    @TestHTTPResource(value = "", management = true)
    URL management;

    @AfterEach
    void relayRunsAgain() {
        KafkaBrokerResource.startBroker();
        loop.start();
    }

    @Test
    void publishesEachChangeInOrderKeyedByDocumentWithTheFeedsFields() throws Exception {
        String id = createRetitleAndDelete("Relay order.");

        List<ConsumerRecord<String, String>> mine = awaitRecords(r -> r.key().equals(id), 3);
        List<Map<String, Object>> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : mine) {
            events.add(json.readValue(record.value(), Map.class));
        }
        assertThat(mine).extracting(ConsumerRecord::partition).containsOnly(mine.get(0).partition());
        assertThat(events)
                .extracting(e -> e.get("kind"))
                .containsExactly("created", "updated", "deleted");
        assertThat(events).extracting(e -> e.get("revision")).containsExactly(1, 2, 3);
        assertThat(events).extracting(e -> ((Number) e.get("seq")).longValue()).isSorted();

        long before = ((Number) events.get(0).get("seq")).longValue() - 1;
        List<Map<String, Object>> feed = as(null, "service")
                        .queryParam("after", before)
                        .queryParam("limit", 100)
                        .get("/documents/changes")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("events");
        List<Map<String, Object>> feedOfMine = feed.stream().filter(e -> id.equals(e.get("documentId"))).toList();
        assertThat(events).as("the same JSON as the HTTP feed").isEqualTo(feedOfMine);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                KafkaBrokerResource.bootstrapServers()))) {
            assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()).hasSize(12);
            var topicConfig = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, TOPIC)))
                    .all().get().values().iterator().next();
            assertThat(topicConfig.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(topicConfig.get("min.compaction.lag.ms").value())
                    .isEqualTo(Long.toString(Duration.ofDays(7).toMillis()));
        }
    }

    @Test
    void aRelayRestartNeitherLosesNorDuplicatesAChange() {
        loop.stop();
        List<String> ids = IntStream.range(0, 3)
                        .mapToObj(i -> createAsA(uniqueBrief("Relay restart " + i + "."), "public"))
                        .toList();
        loop.start();
        List<ConsumerRecord<String, String>> mine = awaitRecords(r -> ids.contains(r.key()), 3);
        sleepMillis(1500);
        assertThat(readTopic()).filteredOn(r -> ids.contains(r.key())).hasSize(3);
        assertThat(mine).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void whileKafkaIsDownTheServiceStaysReadyReportsTheBacklogAndRelaysItLater() {
        KafkaBrokerResource.stopBroker();
        String id = createAsA(uniqueBrief("Relay outage."), "public");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int backlog = 0;
        while (backlog < 1 && System.nanoTime() < deadline) {
            sleepMillis(300);
            backlog = given().get(management + "health/ready").then().statusCode(200).extract()
                    .path("checks.find { it.name == 'change-relay' }.data.backlog");
        }
        assertThat(backlog).as("backlog in the readiness data while Kafka is down").isPositive();
        given().get(management + "metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(l -> l.startsWith("policylens_changes_relay_failures_total"))
                .findFirst()
                .orElseThrow();

        KafkaBrokerResource.startBroker();
        assertThat(awaitRecords(r -> r.key().equals(id), 1)).hasSize(1);
    }

    @Test
    void aRelayDoesNotPublishWhileAnotherHoldsTheCursor() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the service's own relay may hold the cursor for a batch (or, after an outage, a retry) right now: the
        // other relay takes it as soon as it is free, as a second replica would
        CompletableFuture<Void> otherRelay = CompletableFuture.runAsync(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            boolean held = false;
            while (!held && System.nanoTime() < deadline) {
                held = QuarkusTransaction.requiringNew().call(() -> {
                    if (cursors.lock("kafka").isEmpty()) {
                        return false;
                    }
                    locked.countDown();
                    release.await(60, TimeUnit.SECONDS);
                    return true;
                });
                if (!held) {
                    sleepMillis(100);
                }
            }
        });
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        String id = createAsA(uniqueBrief("Relay lock."), "public");
        sleepMillis(2000);
        assertThat(readTopic()).noneMatch(r -> r.key().equals(id));
        release.countDown();
        otherRelay.get(30, TimeUnit.SECONDS);
        assertThat(awaitRecords(r -> r.key().equals(id), 1)).hasSize(1);
    }

    private List<ConsumerRecord<String, String>> awaitRecords(
            Predicate<ConsumerRecord<String, String>> filter, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<ConsumerRecord<String, String>> found = List.of();
        while (found.size() < count && System.nanoTime() < deadline) {
            found = readTopic().stream().filter(filter).sorted((a, b) -> Long.compare(a.offset(), b.offset())).toList();
            if (found.size() < count) {
                sleepMillis(300);
            }
        }
        assertThat(found).as("records on the topic").hasSize(count);
        return found;
    }

    /** Every record on the topic now (all partitions, from the beginning). */
    private static List<ConsumerRecord<String, String>> readTopic() {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
