package io.policylens.documents.client.stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code policylens.feed.*}: how an extraction service consumes documents-service's change topic. */
@ConfigMapping(prefix = "policylens.feed")
public interface FeedSettings {

    /** Off: no change is consumed (tests that hand changes to the applier themselves, the local profile). */
    @WithDefault("true")
    boolean enabled();

    Kafka kafka();

    Retry retry();

    Reextraction reextraction();

    /** Where the changes come from and where the ones that cannot be applied go. */
    interface Kafka {

        @WithDefault("policylens.document-changes")
        String topic();

        /** The service's consumer group, shared by its replicas; the fast path and re-extraction derive theirs. */
        String group();

        String deadLetterTopic();
    }

    /** How often a failing change is tried before it is dead-lettered (an outage of a dependency uses none). */
    interface Retry {

        @WithDefault("4")
        int attempts();

        @WithDefault("500ms")
        Duration initialDelay();

        @WithDefault("5s")
        Duration maxDelay();
    }

    /** How often each replica looks for a new re-extraction request. */
    interface Reextraction {

        /** StreamReextraction's {@code @Scheduled} expression reads the key itself, with the same default. */
        @WithDefault("2s")
        Duration checkInterval();
    }
}
