package io.policylens.documents.client.feed;

import io.policylens.documents.client.DocumentsApi;
import io.policylens.documents.contract.RemoteChange;
import io.policylens.documents.contract.RemoteChangeBatch;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Follows documents-service's change feed. For each change, the synchroniser prepares its writes
 * outside any transaction, then the writes and the new cursor position commit together: a crash
 * or restart resumes exactly after the last committed change, and a change is never applied twice
 * with partial effect. Delivery is at-least-once (a change can be prepared again after a crash), so
 * synchronisers are idempotent. Replicas share the cursor row: the commit locks it and skips a change
 * another replica already applied, so the cursor never moves backwards.
 */
@ApplicationScoped
public class FeedFollower {

    private static final Logger LOG = Logger.getLogger(FeedFollower.class);

    @RestClient
    DocumentsApi api;

    @Inject
    FeedCursors cursors;

    @Inject
    DocumentSynchroniser synchroniser;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "policylens.feed.batch-size", defaultValue = "100")
    int batchSize;

    @ConfigProperty(name = "policylens.feed.enabled", defaultValue = "true")
    boolean enabled;

    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong head = new AtomicLong();
    private volatile Instant lastPoll;
    private volatile String lastError;
    private Counter appliedCounter;

    @PostConstruct
    void metrics() {
        appliedCounter = Counter.builder("policylens.feed.applied").description("document changes applied")
                .tag("consumer", synchroniser.consumerName()).register(registry);
        registry.gauge("policylens.feed.lag", java.util.List.of(io.micrometer.core.instrument.Tag.of("consumer",
                synchroniser.consumerName())), this, f -> f.status().lag());
    }

    @Scheduled(every = "${policylens.feed.poll-interval:2s}", delayed = "${policylens.feed.initial-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!enabled) {
            return;
        }
        try {
            drain();
        } catch (RuntimeException e) {
            // documents-service down or a transient database error: the cursor did not move, retry next poll
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warnf("change feed poll failed, will retry: %s", lastError);
        }
    }

    /** Applies every available change; returns how many. Used by the scheduler, tests and admin endpoints. */
    public int drain() {
        draining.lock();
        try {
            String consumer = synchroniser.consumerName();
            long cursor = cursors.position(consumer);
            int count = 0;
            while (true) {
                RemoteChangeBatch batch = api.changes(cursor, batchSize);
                head.set(Math.max(batch.head(), batch.nextCursor()));
                for (RemoteChange change : batch.events()) {
                    SyncWork work = synchroniser.prepare(change);
                    long position = change.seq();
                    boolean appliedHere = QuarkusTransaction.requiringNew().call(() -> {
                        if (cursors.lockPosition(consumer) >= position) {
                            return false; // another replica applied this change meanwhile
                        }
                        work.commit();
                        cursors.moveTo(consumer, position);
                        return true;
                    });
                    cursor = position;
                    if (appliedHere) {
                        count++;
                        applied.incrementAndGet();
                        appliedCounter.increment();
                    }
                }
                if (!batch.hasMore() || batch.events().isEmpty()) {
                    break;
                }
            }
            lastPoll = Instant.now();
            lastError = null;
            return count;
        } finally {
            draining.unlock();
        }
    }

    /** Replays the whole feed (after an extractor upgrade): synchronisers re-extract what is out of date. */
    public void rewind() {
        draining.lock();
        try {
            QuarkusTransaction.requiringNew().run(() -> cursors.moveTo(synchroniser.consumerName(), 0));
        } finally {
            draining.unlock();
        }
    }

    public FeedStatus status() {
        long cursor = cursors.position(synchroniser.consumerName());
        long knownHead = Math.max(head.get(), cursor);
        return new FeedStatus(synchroniser.consumerName(), cursor, knownHead, knownHead - cursor, applied.get(), lastPoll,
                lastError);
    }
}
