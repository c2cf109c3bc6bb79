package io.policylens.documents.client.stream;

import io.policylens.common.resilience.DependencyOutage;
import io.policylens.documents.client.sync.DocumentSynchroniser;
import io.policylens.documents.contract.RemoteChange;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Re-extraction: the whole change topic (compacted, so it holds every live document's newest
 * change) is read once more, in a consumer group of its own per request ({@code <group>-reextract-<generation>}), by
 * every replica of the service together: the request bumps a generation number in the service's database, each replica
 * sees it within seconds and joins that group, so the partitions are split among the replicas as in the regular group.
 * Changes are applied like the regular path's (markers skip what is current, so only documents extracted with another
 * extractor version, or forgotten by a forced request, are extracted again); nothing is rewound, so no replica can undo
 * another's position. A replica stops when the group has passed the end the topic had when it joined.
 */
@ApplicationScoped
public class StreamReextraction {

    private static final Logger LOG = Logger.getLogger(StreamReextraction.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Backoff BACKOFF = new Backoff(3, Duration.ofMillis(200), Duration.ofSeconds(2));

    @Inject
    StreamPositions positions;

    @Inject
    KafkaClients clients;

    @Inject
    ChangeRecords records;

    @Inject
    ChangeApplier applier;

    @Inject
    DocumentSynchroniser synchroniser;

    @Inject
    FeedSettings settings;

    private volatile long joined;
    private volatile Thread worker;
    private volatile boolean shuttingDown;

    /** Asks every replica to re-read the topic; returns the new generation. */
    public long request() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long generation = positions.lockPosition(row()) + 1;
            positions.moveTo(row(), generation);
            return generation;
        });
    }

    /** The newest requested generation (0: none yet). */
    public long generation() {
        return positions.position(row());
    }

    /** The consumer group of a generation, whose lag is the re-extraction's progress. */
    public String groupOf(long generation) {
        return settings.kafka().group() + "-reextract-" + generation;
    }

    @Scheduled(identity = "stream-reextraction-check", every = "${policylens.feed.reextraction.check-interval:2s}",
            delayed = "${policylens.feed.reextraction.check-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (!settings.enabled() || shuttingDown) {
            return;
        }
        long generation = generation();
        Thread current = worker;
        if (generation > joined && (current == null || !current.isAlive())) {
            joined = generation;
            worker = Thread.ofPlatform().name("stream-reextraction-" + generation).daemon()
                    .start(() -> run(generation));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        shuttingDown = true;
    }

    private void run(long generation) {
        String reextractGroup = groupOf(generation);
        LOG.infof("re-extraction %d: joining group %s", generation, reextractGroup);
        String topic = settings.kafka().topic();
        try (KafkaConsumer<String, String> consumer = clients.consumer(reextractGroup)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> targets = consumer.endOffsets(partitions);
            consumer.subscribe(List.of(topic));
            while (!shuttingDown && generation() == generation) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    apply(record);
                }
                consumer.commitSync();
                if (passed(consumer, targets)) {
                    break;
                }
            }
            LOG.infof("re-extraction %d: this replica is done", generation);
        } catch (RuntimeException e) {
            joined = generation - 1; // the next check joins again; applied changes are skipped by the markers
            LOG.warnf("re-extraction %d interrupted, will resume: %s", generation, StreamProgress.describe(e));
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        try {
            RemoteChange change = records.parse(record.value());
            BACKOFF.run(() -> applier.apply(change), Backoff.Sleeper.THREAD, (attempt, error) -> { });
        } catch (RuntimeException e) {
            if (DependencyOutage.causedBy(e)) {
                throw e; // not the document's fault: the run stops uncommitted and resumes at the next check
            }
            // the regular path owns dead letters; a document that fails here keeps its previous extraction
            LOG.warnf("re-extraction skipped %s-%d offset %d: %s", record.topic(), record.partition(), record.offset(),
                    StreamProgress.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether the whole group (every replica) has committed at least up to the ends seen when this replica joined. */
    private static boolean passed(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> targets) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(targets.keySet(), Duration.ofSeconds(5));
        return targets.entrySet().stream().allMatch(target -> {
            OffsetAndMetadata offset = committed.get(target.getKey());
            return target.getValue() == 0 || offset != null && offset.offset() >= target.getValue();
        });
    }

    private String row() {
        return synchroniser.consumerName() + "-reextraction";
    }
}
