package io.policylens.documents.client.stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the service's dead-letter topic, and keeps the replay mark: the committed offsets of the group
 * {@code <group>-dead-letters} say up to where, in each partition, dead letters have been replayed. Kafka records
 * cannot be deleted one by one, so "replayed" is a position, not a removal; the topic's retention ages them out.
 */
@ApplicationScoped
public class DeadLetterTopic {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration READ_LIMIT = Duration.ofSeconds(10);

    @Inject
    KafkaClients clients;

    @Inject
    FeedSettings settings;

    private String topic() {
        return settings.kafka().deadLetterTopic();
    }

    private String group() {
        return settings.kafka().group();
    }

    /** A record of the topic with the replay mark of its partition. */
    public record Entry(ConsumerRecord<String, String> record, boolean replayed) {
    }

    /** Every record from the start of each partition, oldest first per partition. */
    public List<Entry> all() {
        try (KafkaConsumer<String, String> consumer = clients.consumer(replayGroup())) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> marks = marks(consumer, partitions);
            List<Entry> entries = new ArrayList<>();
            for (ConsumerRecord<String, String> record : readToEnd(consumer, partitions)) {
                long mark = marks.get(new TopicPartition(topic(), record.partition()));
                entries.add(new Entry(record, record.offset() < mark));
            }
            return entries;
        }
    }

    /** The record at a partition and offset, if the topic still holds it. */
    public Optional<ConsumerRecord<String, String>> at(int partition, long offset) {
        try (KafkaConsumer<String, String> consumer = clients.consumer(null)) {
            TopicPartition target = new TopicPartition(topic(), partition);
            if (!partitions(consumer).contains(target)) {
                return Optional.empty();
            }
            consumer.assign(List.of(target));
            consumer.seek(target, offset);
            long end = consumer.endOffsets(List.of(target)).get(target);
            Instant deadline = Instant.now().plus(READ_LIMIT);
            while (consumer.position(target) < end && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                    if (record.offset() > offset) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Moves the replay mark of a partition forward to {@code nextOffset} (never back). */
    public void markReplayed(int partition, long nextOffset) {
        try (KafkaConsumer<String, String> consumer = clients.consumer(replayGroup())) {
            TopicPartition target = new TopicPartition(topic(), partition);
            long mark = marks(consumer, List.of(target)).get(target);
            if (nextOffset > mark) {
                consumer.assign(List.of(target));
                consumer.commitSync(Map.of(target, new OffsetAndMetadata(nextOffset)));
            }
        }
    }

    /** The current replay mark of a partition. */
    public long mark(int partition) {
        try (KafkaConsumer<String, String> consumer = clients.consumer(replayGroup())) {
            TopicPartition target = new TopicPartition(topic(), partition);
            return marks(consumer, List.of(target)).get(target);
        }
    }

    private String replayGroup() {
        return group() + "-dead-letters";
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        return consumer.partitionsFor(topic()).stream().map(p -> new TopicPartition(topic(), p.partition())).toList();
    }

    private static Map<TopicPartition, Long> marks(KafkaConsumer<String, String> consumer,
            List<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> marks = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            marks.put(partition, offset == null ? starts.get(partition) : offset.offset());
        }
        return marks;
    }

    private static List<ConsumerRecord<String, String>> readToEnd(KafkaConsumer<String, String> consumer,
                                                                 List<TopicPartition> partitions) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        if (partitions.isEmpty()) {
            return records;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Instant deadline = Instant.now().plus(READ_LIMIT);
        while (!reachedEnd(consumer, ends) && Instant.now().isBefore(deadline)) {
            consumer.poll(POLL).forEach(records::add);
        }
        return records;
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
