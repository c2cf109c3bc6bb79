package io.policylens.documents.client.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.policylens.documents.client.sync.DocumentSynchroniser;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The consumer's progress: the admin feed view and the {@code policylens.feed.lag} gauge. The lag is the consumer
 * group's, read from the broker, so it covers every replica of the service, not just this one.
 */
@Startup // registers the lag gauge at start, before any admin call
@ApplicationScoped
public class FeedProgress {

    private static final Duration LAG_REUSE = Duration.ofSeconds(5);

    @Inject
    ConsumerLag consumerLag;

    @Inject
    StreamProgress stream;

    @Inject
    StreamReextraction reextraction;

    @Inject
    DocumentSynchroniser synchroniser;

    @Inject
    MeterRegistry registry;

    @Inject
    FeedSettings settings;

    private volatile Reading lastReading;

    private record Reading(long lag, Instant at) {
    }

    @PostConstruct
    void metrics() {
        registry.gauge("policylens.feed.lag", List.of(Tag.of("consumer", synchroniser.consumerName())), this,
                FeedProgress::lagForMetrics);
    }

    /** The consumer group of the fast path (deletions and visibility changes). */
    public String fastPathGroup() {
        return settings.kafka().group() + "-scope";
    }

    public FeedStatus status() {
        String group = settings.kafka().group();
        try {
            List<PartitionLag> partitions = consumerLag.of(group);
            long fastPathLag = consumerLag.of(fastPathGroup()).stream().mapToLong(PartitionLag::lag).sum();
            long cursor = partitions.stream().mapToLong(PartitionLag::committed).sum();
            long head = partitions.stream().mapToLong(PartitionLag::end).sum();
            long lag = partitions.stream().mapToLong(PartitionLag::lag).sum();
            lastReading = new Reading(lag, Instant.now());
            return new FeedStatus(group, cursor, head, lag, stream.appliedCount(), stream.lastRecord(),
                    stream.lastError(), partitions, fastPathLag, reextractionProgress());
        } catch (ConsumerLag.LagUnavailableException e) {
            String error = e.getMessage() + (stream.lastError() == null ? "" : "; " + stream.lastError());
            return new FeedStatus(group, 0, 0, 0, stream.appliedCount(), stream.lastRecord(), error, List.of(), null,
                    null);
        }
    }

    private Reextraction reextractionProgress() {
        long generation = reextraction.generation();
        if (generation == 0) {
            return null;
        }
        String reextractGroup = reextraction.groupOf(generation);
        long remaining = consumerLag.of(reextractGroup).stream().mapToLong(PartitionLag::lag).sum();
        return new Reextraction(generation, consumerLag.active(reextractGroup), remaining);
    }

    /** The gauge: a reading of the last seconds is reused, so scrapes do not each ask the broker. */
    private double lagForMetrics() {
        Reading reading = lastReading;
        if (reading != null && reading.at().plus(LAG_REUSE).isAfter(Instant.now())) {
            return reading.lag();
        }
        FeedStatus status = status();
        return status.partitions().isEmpty() ? Double.NaN : status.lag();
    }
}
