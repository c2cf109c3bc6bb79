package io.policylens.testing.kafka;

import io.policylens.local.kafka.KafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.Map;

/**
 * A real Kafka broker for {@code @QuarkusTest}s: one child-JVM broker (local-runtime's {@link KafkaBroker}) per test
 * JVM (starting one costs several seconds), shared by the test classes that use this resource. Sets
 * {@code kafka.bootstrap.servers}.
 *
 * <p>Quarkus loads this class in more than one class loader (the resource's and the test's), so the broker is
 * registered JVM-wide as string system properties (port, directory, child pid), from which any loader attaches to
 * it; {@link #stopBroker()} and {@link #startBroker()} let a test simulate an outage of the broker the service uses.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static final String PORT = "policylens.test.kafka.port";
    private static final String DIRECTORY = "policylens.test.kafka.directory";
    private static final String PID = "policylens.test.kafka.pid";

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives as long as the test JVM, like the embedded PostgreSQL
    }

    public static String bootstrapServers() {
        return broker().bootstrapServers();
    }

    public static void stopBroker() {
        synchronized (System.getProperties()) {
            broker().stop();
            System.setProperty(PID, "-1");
        }
    }

    public static void startBroker() {
        synchronized (System.getProperties()) {
            KafkaBroker broker = broker();
            broker.start();
            System.setProperty(PID, Long.toString(broker.pid()));
        }
    }

    private static KafkaBroker broker() {
        synchronized (System.getProperties()) {
            if (System.getProperty(PORT) == null) {
                KafkaBroker broker = KafkaBroker.startNew();
                System.setProperty(DIRECTORY, broker.directory().toString());
                System.setProperty(PID, Long.toString(broker.pid()));
                System.setProperty(PORT, Integer.toString(broker.port()));
                return broker;
            }
            return KafkaBroker.attach(Integer.parseInt(System.getProperty(PORT)),
                    Path.of(System.getProperty(DIRECTORY)),
                    Long.parseLong(System.getProperty(PID)));
        }
    }
}
