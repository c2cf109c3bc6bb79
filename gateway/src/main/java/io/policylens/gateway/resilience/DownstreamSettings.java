package io.policylens.gateway.resilience;

import io.policylens.gateway.client.Downstream;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * Fault tolerance per downstream service ({@code policylens.downstream.<service>.*}). Each service has a read
 * path and a write path, each with its own circuit breaker and bulkhead (the breaker settings are shared), so a
 * slow claims-service cannot use up the capacity that documents-service calls need, and slow submissions cannot
 * use up the capacity that reads need.
 */
@ConfigMapping(prefix = "policylens.downstream")
public interface DownstreamSettings {

    Service documents();

    Service claims();

    Service recommendations();

    default Service of(Downstream downstream) {
        return switch (downstream) {
            case DOCUMENTS -> documents();
            case CLAIMS -> claims();
            case RECOMMENDATIONS -> recommendations();
        };
    }

    interface Service {
        /** Upper bound for one attempt, whatever the HTTP client's own timeouts are. */
        @WithDefault("5s")
        Duration timeout();

        /** Retries of idempotent reads only (GET); writes are never repeated. */
        @WithDefault("2")
        int readRetries();

        @WithDefault("100ms")
        Duration retryDelay();

        /** Calls in the rolling window the breaker judges. */
        @WithDefault("10")
        int circuitVolume();

        @WithDefault("0.5")
        double circuitFailureRatio();

        /** How long an open breaker rejects calls before letting a trial call through. */
        @WithDefault("10s")
        Duration circuitDelay();

        /** Concurrent reads from the service. */
        @WithDefault("32")
        int bulkheadLimit();

        /** Calls waiting for a bulkhead slot; more are rejected at once (503). */
        @WithDefault("64")
        int bulkheadQueue();

        /** Upper bound for one write (submission, status change, try-extract); the read timeout when not set. */
        Optional<Duration> writeTimeout();

        /** Concurrent writes to the service. */
        @WithDefault("8")
        int writeBulkheadLimit();

        /** Writes waiting for a slot; more are rejected at once (503). */
        @WithDefault("16")
        int writeBulkheadQueue();
    }
}
