package io.policylens.documents.feed.relay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code policylens.changes.kafka.*}: where and how often the change relay publishes. */
@ConfigMapping(prefix = "policylens.changes.kafka")
public interface ChangeRelayConfig {

    /** Off: the relay does nothing and never connects to Kafka (the HTTP feed works either way). */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("policylens.document-changes")
    String topic();

    /** Enough partitions for 12 consumers of one group; fixed once the topic exists (keys hash to partitions). */
    @WithDefault("12")
    int partitions();

    @WithDefault("500")
    int batchSize();

    /** Pause between batches when the relay has caught up. */
    @WithDefault("500ms")
    Duration interval();

    /** Pause after a failure (Kafka unreachable) before the next attempt. */
    @WithDefault("5s")
    Duration retryInterval();

    /** The cursor row this relay owns in change_relay_cursors. */
    @WithDefault("kafka")
    String cursor();
}
