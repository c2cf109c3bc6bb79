package io.policylens.documents.client.feed;

import io.policylens.documents.client.DocumentsApi;
import io.policylens.documents.client.stream.FeedSource;
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

import java.time.Clock;
import java.time.Duration;
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

    /** Polls only when the service reads the HTTP change feed ({@code policylens.feed.source=http}). */
    @ConfigProperty(name = FeedSource.PROPERTY, defaultValue = "http")
    String source;

    /** No progress for this long fails liveness; far above the poll interval and the time one change takes. */
    @ConfigProperty(name = "policylens.feed.stall-timeout", defaultValue = "5m")
    Duration stallTimeout;

    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong head = new AtomicLong();
    private volatile Instant lastPoll;
    private volatile String lastError;
    private volatile LiveHead liveHead;
    private Counter appliedCounter;
    private FeedHeartbeat heartbeat;

    /** documents-service's head as read at request time, reused for a few seconds (metrics scrapes read it too). */
    private record LiveHead(long value, Instant readAt) {
    }

    private static final Duration LIVE_HEAD_REUSE = Duration.ofSeconds(5);

    @PostConstruct
    void metrics() {
        heartbeat = new FeedHeartbeat(Clock.systemUTC(), stallTimeout);
        appliedCounter = Counter.builder("policylens.feed.applied").description("document changes applied")
                .tag("consumer", synchroniser.consumerName()).register(registry);
    }

    @Scheduled(identity = POLL_JOB, every = "${policylens.feed.poll-interval:2s}", delayed = "${policylens.feed.initial-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void poll() {
        if (!enabled()) {
            return;
        }
        heartbeat.beat();
        try {
            drain();
        } catch (RuntimeException e) {
            // documents-service down or a transient database error: the cursor did not move, retry next poll
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warnf("change feed poll failed, will retry: %s", lastError);
        } catch (Error e) {
            // not rethrown: an Error escaping a scheduled job can silently end its thread. Liveness fails instead and
            // Kubernetes restarts the pod, which is what an OutOfMemoryError calls for.
            heartbeat.died(e);
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.errorf(e, "change feed consumer failed; liveness is DOWN until the service restarts");
        } finally {
            heartbeat.beat();
        }
    }

    /** The scheduler job that polls; tests pause it to stand for a dead consumer thread. */
    public static final String POLL_JOB = "change-feed-poll";

    public boolean enabled() {
        return enabled && FeedSource.parse(source) == FeedSource.HTTP;
    }

    public FeedHeartbeat heartbeat() {
        return heartbeat;
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
                    heartbeat.beat();
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

    /**
     * Where the consumer stands, against documents-service's head as it is now: the head the poll loop saw last is
     * stale when the loop is dead, and lag measured against it would read 0 while changes pile up. When
     * documents-service cannot be asked, the last head seen is used and lastError says so.
     */
    public FeedStatus status() {
        long cursor = cursors.position(synchroniser.consumerName());
        String error = lastError;
        long liveHead;
        try {
            liveHead = readLiveHead(cursor);
        } catch (RuntimeException e) {
            liveHead = head.get();
            error = "head not read from documents-service (" + e.getClass().getSimpleName() + "), last one seen is shown"
                    + (error == null ? "" : "; " + error);
        }
        long knownHead = Math.max(liveHead, cursor);
        return FeedStatus.http(synchroniser.consumerName(), cursor, knownHead, applied.get(), lastPoll, error);
    }

    private long readLiveHead(long cursor) {
        // the page the next poll would read: the head comes with any page, and consumers' fakes serve this one
        RemoteChangeBatch batch = api.changes(cursor, batchSize);
        long value = Math.max(batch.head(), batch.nextCursor());
        head.accumulateAndGet(value, Math::max);
        liveHead = new LiveHead(value, Instant.now());
        return value;
    }

    /** The lag gauge: like {@link #status()}, but a live head read in the last seconds is reused for scrapes. */
    public double lagForMetrics() {
        LiveHead reused = liveHead;
        if (reused != null && reused.readAt().plus(LIVE_HEAD_REUSE).isAfter(Instant.now())) {
            long cursor = cursors.position(synchroniser.consumerName());
            return Math.max(reused.value(), cursor) - cursor;
        }
        return status().lag();
    }
}
