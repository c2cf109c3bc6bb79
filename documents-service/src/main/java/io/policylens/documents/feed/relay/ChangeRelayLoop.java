package io.policylens.documents.feed.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.policylens.common.kafka.KafkaConnection;
import io.policylens.documents.feed.ChangeFeed;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the relay on one background thread: a batch right after a full one, a pause when caught up, a longer pause
 * after a failure (Kafka or the database unreachable), with a fresh producer then. Keeps the figures the health
 * check and the {@code policylens_changes_relay_*} metrics show. Disabled, it starts nothing and never connects.
 */
@ApplicationScoped
public class ChangeRelayLoop {

    private static final Logger LOG = Logger.getLogger(ChangeRelayLoop.class);

    @Inject
    ChangeRelay relay;

    @Inject
    ChangeFeed feed;

    @Inject
    RelayCursors cursors;

    @Inject
    ChangeRelayConfig config;

    @Inject
    MeterRegistry registry;

    // every kafka.* property (KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_JAAS_CONFIG, ...), so the relay reaches a TLS or SASL
    // listener with the settings the deployment gives the service
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> brokerConfig;

    private final AtomicLong backlog = new AtomicLong();
    private volatile String lastError;
    private ScheduledExecutorService executor;
    private Producer<String, String> producer;
    private boolean topicReady;
    private Counter relayed;
    private Counter failures;

    void onStart(@Observes StartupEvent event) {
        registry.gauge("policylens.changes.relay.backlog", backlog);
        relayed = registry.counter("policylens.changes.relay.relayed");
        failures = registry.counter("policylens.changes.relay.failures");
        if (config.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts relaying (again). */
    public synchronized void start() {
        if (executor == null) {
            cursors.ensure(config.cursor());
            executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "change-relay"));
            executor.schedule(this::tick, 0, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops relaying after the batch in progress, closing the producer. */
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
            closeProducer();
        }
    }

    public boolean running() {
        return executor != null;
    }

    /** Committed changes not yet published, as of the last attempt. */
    public long backlog() {
        return backlog.get();
    }

    public String lastError() {
        return lastError;
    }

    private void tick() {
        Duration pause = config.interval();
        try {
            if (!topicReady) {
                ChangeTopic.ensure(clientConfig(), config.topic(), config.partitions());
                topicReady = true;
            }
            int published = relay.relayBatch(producer());
            if (published > 0) {
                relayed.increment(published);
            }
            lastError = null;
            if (published == config.batchSize()) {
                pause = Duration.ZERO;
            }
        } catch (Exception e) {
            failures.increment();
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warnf("change relay: %s (retrying in %s)", lastError, config.retryInterval());
            closeProducer();
            pause = config.retryInterval();
        }
        measureBacklog();
        ScheduledExecutorService current = executor;
        if (current != null && !current.isShutdown()) {
            current.schedule(this::tick, pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void measureBacklog() {
        try {
            backlog.set(Math.max(0, feed.head() - cursors.position(config.cursor())));
        } catch (RuntimeException e) {
            LOG.debugf("change relay: backlog unknown: %s", e.getMessage());
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private Map<String, Object> clientConfig() {
        return KafkaConnection.settings(brokerConfig);
    }

    /** Idempotent and fully acknowledged; short timeouts so an outage fails the batch fast and rolls it back. */
    private Map<String, Object> producerConfig() {
        Map<String, Object> config = KafkaConnection.settings(brokerConfig);
        config.putAll(Map.of(ProducerConfig.CLIENT_ID_CONFIG, "documents-change-relay",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000));
        return config;
    }
}
