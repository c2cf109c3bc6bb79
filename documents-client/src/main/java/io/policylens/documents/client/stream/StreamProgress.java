package io.policylens.documents.client.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.policylens.documents.client.sync.DocumentSynchroniser;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this instance's stream consumer did: counts for the admin view and the metrics, and the last failure. Created
 * at start, so the counters are exported (at 0) before the first change: a replica that got no partition yet still
 * shows up in the dashboards.
 */
@Startup
@ApplicationScoped
public class StreamProgress {

    @Inject
    MeterRegistry registry;

    @Inject
    DocumentSynchroniser synchroniser;

    private final AtomicLong applied = new AtomicLong();
    private volatile Instant lastRecord;
    private volatile String lastError;
    private Counter appliedCounter;
    private Counter retriedCounter;
    private Counter deadLetteredCounter;
    private Counter fastPathCounter;

    @PostConstruct
    void metrics() {
        String consumer = synchroniser.consumerName();
        appliedCounter = Counter.builder("policylens.feed.applied").description("document changes applied")
                .tag("consumer", consumer).register(registry);
        retriedCounter = Counter.builder("policylens.feed.retries")
                .description("failed attempts at a change that were retried")
                .tag("consumer", consumer).register(registry);
        deadLetteredCounter = Counter.builder("policylens.feed.dead.letters")
                .description("changes sent to the dead-letter topic after their last attempt failed")
                .tag("consumer", consumer).register(registry);
        fastPathCounter = Counter.builder("policylens.feed.fast.path")
                .description("deletions and visibility changes applied ahead of extraction")
                .tag("consumer", consumer).register(registry);
    }

    void applied() {
        applied.incrementAndGet();
        appliedCounter.increment();
        lastRecord = Instant.now();
        lastError = null;
    }

    void retried(String error) {
        retriedCounter.increment();
        lastError = error;
    }

    void deadLettered(String error) {
        deadLetteredCounter.increment();
        lastRecord = Instant.now();
        lastError = error;
    }

    void appliedAhead() {
        fastPathCounter.increment();
    }

    public long appliedCount() {
        return applied.get();
    }

    public Instant lastRecord() {
        return lastRecord;
    }

    public String lastError() {
        return lastError;
    }

    static String describe(Throwable error) {
        return error.getClass().getSimpleName() + ": " + error.getMessage();
    }
}
