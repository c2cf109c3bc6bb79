package io.policylens.testing.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A real Kafka broker for {@code @QuarkusTest}s: one child-JVM broker per test JVM (starting one costs several
 * seconds), shared by the test classes that use this resource. Sets {@code kafka.bootstrap.servers}.
 * Tests that stop and restart the broker reach it through {@link #broker()}.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives as long as the test JVM, like the embedded PostgreSQL
    }

    /** The shared broker, started on first use; restarted if a test left it stopped. */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = KafkaBroker.startNew();
        }
        broker.start();
        return broker;
    }
}
