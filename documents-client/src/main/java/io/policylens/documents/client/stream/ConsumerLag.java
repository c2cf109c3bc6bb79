package io.policylens.documents.client.stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How far a consumer group is behind on the change topic, partition by partition (asked of the broker). */
@ApplicationScoped
public class ConsumerLag {

    @Inject
    KafkaClients clients;

    @Inject
    FeedSettings settings;

    public List<PartitionLag> of(String group) {
        String topic = settings.kafka().topic();
        try (Admin admin = clients.admin()) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(5, TimeUnit.SECONDS).get(topic);
            List<TopicPartition> partitions = description.partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(admin, partitions, OffsetSpec.earliest());
            Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(admin, partitions, OffsetSpec.latest());
            List<PartitionLag> lags = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                long end = ends.get(partition).offset();
                OffsetAndMetadata offset = committed.get(partition);
                // nothing committed yet: the group starts at the beginning (auto.offset.reset=earliest)
                long position = offset == null ? starts.get(partition).offset() : offset.offset();
                lags.add(new PartitionLag(partition.partition(), position, end, Math.max(0, end - position)));
            }
            lags.sort(Comparator.comparingInt(PartitionLag::partition));
            return lags;
        } catch (ExecutionException | TimeoutException e) {
            throw new LagUnavailableException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LagUnavailableException(e);
        }
    }

    /** Whether the group has members now (a consumer is working in it). */
    public boolean active(String group) {
        try (Admin admin = clients.admin()) {
            return !admin.describeConsumerGroups(List.of(group)).all().get(5, TimeUnit.SECONDS)
                    .get(group).members().isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            throw new LagUnavailableException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LagUnavailableException(e);
        }
    }

    private static Map<TopicPartition, ListOffsetsResultInfo> offsets(Admin admin,
            List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> spec));
        return admin.listOffsets(request).all().get(5, TimeUnit.SECONDS);
    }

    /** The broker could not be asked (down, topic missing, timeout). */
    public static final class LagUnavailableException extends RuntimeException {
        LagUnavailableException(Exception cause) {
            super("consumer lag not readable from Kafka: "
                    + (cause.getCause() != null ? cause.getCause() : cause), cause);
        }
    }
}
