package io.policylens.system.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.policylens.system.stack.GatewayClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change stream on Kafka with two replicas of each extraction service (the shared stack runs them: see
 * {@link E2eStack}), one consumer group per service. The scenarios share the stack and run in this order, each
 * leaving both replicas of both services running:
 * <ol>
 *   <li>normal operation: each change is applied exactly once per service, and both replicas take part;</li>
 *   <li>the second replicas are killed (SIGKILL) during a 300-document batch: nothing is lost;</li>
 *   <li>Kafka is stopped for 20 s during an ingest: every accepted document is extracted once it is back;</li>
 *   <li>a poison change on the topic is dead-lettered by both services while the documents around it complete;</li>
 *   <li>a deleted document's claims and recommendations are hidden from another partner within 2 s while a backlog of
 *   1,000 documents waits for extraction (the scope fast path, which skips the burst of creations ahead of it).</li>
 * </ol>
 */
@Order(8)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaReplicasE2ETest extends E2eTest {

    private static final List<String> SERVICES = List.of("claims", "recommendations");
    private static final String TOPIC = "policylens.document-changes";

    @Test
    @Order(1)
    void eachChangeIsAppliedOncePerServiceAndBothReplicasShareTheWork() {
        // a warm-up batch first: replicas that joined just now have settled their partitions (a rebalance while
        // changes are in flight re-delivers the uncommitted ones, which at-least-once allows but "normal operation"
        // is not)
        awaitExtracted(PARTNER_A, submitAll(PARTNER_A, 12,
                n -> TestDocuments.batchDocument(TestDocuments.marker(), n)));
        SERVICES.forEach(KafkaReplicasE2ETest::awaitNoLag);
        Map<String, Long> before = appliedPerReplica();
        String marker = TestDocuments.marker();
        List<UUID> ids = submitAll(PARTNER_A, 60, n -> TestDocuments.batchDocument(marker, n));
        awaitExtracted(PARTNER_A, ids);
        SERVICES.forEach(KafkaReplicasE2ETest::awaitNoLag);
        Map<String, Long> after = appliedPerReplica();
        for (String service : SERVICES) {
            long first = after.get(service + "-service") - before.get(service + "-service");
            long second = after.get(service + "-service-2") - before.get(service + "-service-2");
            System.out.println("e2e: " + service + " applied " + first + " + " + second + " of " + ids.size()
                    + " changes");
            assertThat(first + second).as("%s: changes applied by its two replicas together", service)
                    .isEqualTo(ids.size());
            assertThat(first).as("%s: the first replica took part", service).isPositive();
            assertThat(second).as("%s: the second replica took part", service).isPositive();
        }
    }

    @Test
    @Order(2)
    void aReplicaKilledDuringABatchLosesNothing() {
        String marker = TestDocuments.marker();
        Map<UUID, String> batch = Collections.synchronizedMap(new LinkedHashMap<>());
        List<UUID> ids = new ArrayList<>(submitAll(PARTNER_A, 100, n -> TestDocuments.batchDocument(marker, n), batch));
        // while the first hundred are being extracted: both second replicas crash, their partitions move
        assertThat(lag("claims")).as("extraction still in progress when the replicas are killed").isPositive();
        stack().stopReplica("claims", true);
        stack().stopReplica("recommendations", true);
        System.out.println("e2e: killed the second replicas (SIGKILL) after 100 of 300 submissions");
        ids.addAll(submitAll(PARTNER_A, 200, n -> TestDocuments.batchDocument(marker, 100 + n), batch));
        awaitExtracted(PARTNER_A, ids);
        // every claim exactly once, for a sample spread over the batch (before, around and after the crash)
        for (int n = 0; n < ids.size(); n += 15) {
            UUID id = ids.get(n);
            List<JsonNode> claims = claimsOf(PARTNER_A, id);
            assertThat(ids(claims)).as("claims of document %s", id).hasSize(claims.size())
                    .isEqualTo(expectedClaimIds(id, batch.get(id)));
        }
        stack().startReplica("claims");
        stack().startReplica("recommendations");
    }

    @Test
    @Order(3)
    void documentsAcceptedWhileKafkaIsDownAreExtractedAfterwards() {
        String marker = TestDocuments.marker();
        List<UUID> ids = new ArrayList<>();
        stack().stop("kafka", false);
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int n = 0;
        while (System.nanoTime() < end) {
            ids.add(submit(PARTNER_A, TestDocuments.batchDocument(marker, n++), "public"));
            pause(Duration.ofMillis(250));
        }
        System.out.println("e2e: " + ids.size() + " documents accepted while Kafka was down");
        assertThat(ids).hasSizeGreaterThan(10);
        stack().start("kafka");
        awaitExtracted(PARTNER_A, ids);
    }

    @Test
    @Order(4)
    void aPoisonChangeIsDeadLetteredWhileTheOthersComplete() {
        Map<String, Integer> deadBefore = new LinkedHashMap<>();
        SERVICES.forEach(s -> deadBefore.put(s, deadLetters(s).size()));
        String marker = TestDocuments.marker();
        List<UUID> ids = new ArrayList<>(submitAll(PARTNER_A, 10, n -> TestDocuments.batchDocument(marker, n)));
        // a record on the change topic that is no change at all (as a broken producer could write): it can never apply
        UUID poison = UUID.randomUUID();
        publish(poison.toString(), "{\"seq\":\"not a number\",\"documentId\":\"" + poison + "\"}");
        ids.addAll(submitAll(PARTNER_A, 10, n -> TestDocuments.batchDocument(marker, 100 + n)));
        awaitExtracted(PARTNER_A, ids);
        for (String service : SERVICES) {
            long deadline = System.nanoTime() + EXTRACTION_TIMEOUT.toNanos();
            List<JsonNode> letters = deadLetters(service);
            while (letters.size() <= deadBefore.get(service) && System.nanoTime() < deadline) {
                pause(Duration.ofMillis(500));
                letters = deadLetters(service);
            }
            assertThat(letters).as("%s dead letters", service).hasSize(deadBefore.get(service) + 1);
            JsonNode newest = letters.get(0);
            System.out.println("e2e: " + service + " dead letter " + newest);
            assertThat(newest.path("error").asText()).isNotBlank();
            assertThat(newest.path("replayed").asBoolean()).isFalse();
            awaitNoLag(service);
        }
    }

    @Test
    @Order(5)
    void aDeletedDocumentIsHiddenFromAnotherPartnerWithinTwoSecondsUnderABacklog() throws Exception {
        String content = TestDocuments.chipsBriefing(TestDocuments.marker(), 37);
        UUID document = submit(PARTNER_A, content, "public");
        awaitExtracted(PARTNER_A, List.of(document));
        assertThat(claimsOf(PARTNER_B, document)).as("partner B sees the public document's claims").isNotEmpty();
        assertThat(recommendationsOf(PARTNER_B, document)).as("and its recommendations").isNotEmpty();

        // the backlog: documents submitted faster than two replicas extract them, until 1,000 wait in both groups (the
        // margin: committed offsets, which the lag is read from, move in steps of the 5 s commit interval)
        String marker = TestDocuments.marker();
        int submitted = 0;
        while (Math.min(lag("claims"), lag("recommendations")) < 1150 && submitted < 3500) {
            int base = submitted;
            submitAll(PARTNER_A, 100, n -> TestDocuments.batchDocument(marker, base + n));
            submitted += 100;
        }
        System.out.println("e2e: " + submitted + " documents submitted for the backlog; fast path lag claims "
                + fastPathLag("claims") + ", recommendations " + fastPathLag("recommendations"));
        long claimsLag = lag("claims");
        long recommendationsLag = lag("recommendations");
        System.out.println("e2e: backlog when the document is deleted: claims " + claimsLag + ", recommendations "
                + recommendationsLag);
        assertThat(Math.min(claimsLag, recommendationsLag))
                .as("the extraction backlog the deletion must not wait behind").isGreaterThanOrEqualTo(1000);

        long start = System.nanoTime();
        assertThat(gateway().delete("admin", "/api/v1/documents/" + document).status()).isEqualTo(204);
        boolean hidden = false;
        while (!hidden && System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
            hidden = claimsOf(PARTNER_B, document).isEmpty() && recommendationsOf(PARTNER_B, document).isEmpty();
            if (!hidden) {
                pause(Duration.ofMillis(100));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "e2e: claims and recommendations of the deleted document hidden from partner B after %.2f s%n",
                seconds);
        assertThat(hidden).as("hidden at all").isTrue();
        assertThat(seconds).as("seconds until hidden from partner B").isLessThanOrEqualTo(2.0);
        assertThat(lag("claims")).as("the backlog was still there").isPositive();
    }

    // ---- helpers ----

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Submits {@code count} documents from 6 concurrent clients; returns their ids in submission order. */
    private static List<UUID> submitAll(String who, int count, IntFunction<String> content) {
        return submitAll(who, count, content, Collections.synchronizedMap(new LinkedHashMap<>()));
    }

    private static List<UUID> submitAll(String who, int count, IntFunction<String> content,
            Map<UUID, String> contents) {
        UUID[] ids = new UUID[count];
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                int index = n;
                String text = content.apply(n);
                done.add(pool.submit(() -> {
                    ids[index] = submit(who, text, "public");
                    contents.put(ids[index], text);
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new IllegalStateException("submission failed", e);
        } finally {
            pool.shutdownNow();
        }
        return List.of(ids);
    }

    private static List<JsonNode> recommendationsOf(String who, UUID document) {
        List<JsonNode> items = new ArrayList<>();
        gateway().get(who, "/api/v1/recommendations?document=" + document + "&size=100").expect(200).json()
                .path("items").forEach(items::add);
        return items;
    }

    private static long lag(String service) {
        // -1 while the services cannot reach the broker (just after it is started again)
        var answer = gateway().get("admin", "/api/v1/" + service + "/admin/feed");
        return answer.status() == 200 ? answer.json().path("lag").asLong(-1) : -1;
    }

    private static long fastPathLag(String service) {
        var answer = gateway().get("admin", "/api/v1/" + service + "/admin/feed");
        return answer.status() == 200 ? answer.json().path("fastPathLag").asLong(-1) : -1;
    }

    private static void awaitNoLag(String service) {
        long deadline = System.nanoTime() + EXTRACTION_TIMEOUT.toNanos();
        long lag;
        while ((lag = lag(service)) != 0) {
            assertThat(System.nanoTime()).as("%s consumer lag %d reaches 0 within %s", service, lag, EXTRACTION_TIMEOUT)
                    .isLessThan(deadline);
            pause(Duration.ofMillis(500));
        }
    }

    /** policylens_feed_applied_total of each replica of each service, from its management port's metrics. */
    private static Map<String, Long> appliedPerReplica() {
        Map<String, Long> applied = new LinkedHashMap<>();
        for (String service : SERVICES) {
            for (String part : List.of(service + "-service", service + "-service-2")) {
                applied.put(part, appliedCount(part));
            }
        }
        return applied;
    }

    private static long appliedCount(String part) {
        try {
            String metrics = GatewayClient.newHttpClient()
                    .send(HttpRequest.newBuilder(stack().config().managementOf(part).resolve("/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            double sum = 0;
            boolean found = false;
            for (String line : metrics.split("\n")) {
                if (line.startsWith("policylens_feed_applied_total")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    found = true;
                }
            }
            assertThat(found).as("%s exports policylens_feed_applied_total", part).isTrue();
            return Math.round(sum);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void publish(String key, String value) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack().config().kafkaBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + TOPIC, e);
        }
    }
}
