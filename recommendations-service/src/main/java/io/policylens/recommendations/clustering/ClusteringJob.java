package io.policylens.recommendations.clustering;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.policylens.recommendations.repository.ClusteringState;
import io.policylens.recommendations.repository.ClusteringStateRepository;
import io.policylens.recommendations.sync.RecommendationsSynchroniser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * Re-clusters every recommendation in the background, once per burst of changes instead of once per document.
 * The feed consumer records in its own transaction that clustering is due ({@link ClusteringStateRepository#request});
 * this job polls that durable state, waits as {@link ClusteringPolicy} says, then clusters ALL recommendations in one
 * transaction: read, cluster, write the differences, record what it covered. A crash before the commit leaves the
 * request pending and the next run (here or after a restart) does it again; a change that commits while a run is
 * clustering stays pending and gets the next run. Replicas: a transaction-scoped advisory lock lets one at a time run.
 */
@ApplicationScoped
public class ClusteringJob {

    private static final Logger LOG = Logger.getLogger(ClusteringJob.class);

    /** What a call did. */
    public enum Outcome {
        /** re-clustered and recorded */
        CLUSTERED,
        /** nothing was pending */
        CURRENT,
        /** pending, but the burst is still going on and the oldest change is young enough */
        WAITING,
        /** another transaction (another replica) is re-clustering */
        BUSY
    }

    @Inject
    ClusteringStateRepository state;

    @Inject
    Reclustering reclustering;

    @Inject
    ClusterWriter writer;

    @Inject
    RecommendationsSynchroniser synchroniser;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "policylens.clustering.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "policylens.clustering.quiet-period", defaultValue = "1s")
    Duration quietPeriod;

    @ConfigProperty(name = "policylens.clustering.max-delay", defaultValue = "5s")
    Duration maxDelay;

    @ConfigProperty(name = "policylens.clustering.transaction-timeout", defaultValue = "10m")
    Duration transactionTimeout;

    private Timer runs;
    private Counter cpu;
    private volatile String lastError;
    private volatile Long lastDurationMs;
    private volatile Long lastRecommendations;

    @PostConstruct
    void metrics() {
        runs =
                Timer.builder("policylens.clustering.runs")
                        .description("full re-clusterings of all recommendations")
                        .register(registry);
        // the run's own CPU time, apart from the wall time above that includes waiting for the database: what
        // re-clustering costs the service, next to what extracting documents costs it (bench system reports both)
        cpu =
                Counter.builder("policylens.clustering.cpu")
                        .baseUnit("seconds")
                        .description("CPU time of the re-clustering runs, this instance's thread only")
                        .register(registry);
    }

    @Scheduled(
            every = "${policylens.clustering.check-interval:1s}",
            delayed = "${policylens.clustering.initial-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // from the shutdown event on, the persistence unit closes under the job: a tick then only logged
            // "EntityManagerFactory is closed" once a second until the process ended; what is pending stays pending
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        if (!enabled) {
            return;
        }
        try {
            runIfDue();
        } catch (RuntimeException e) {
            // nothing was committed: the request is still pending and the next tick tries again
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warnf("re-clustering failed, will retry: %s", lastError);
        }
    }

    /** Re-clusters when the policy says it is due. */
    public Outcome runIfDue() {
        ClusteringState current = state.read(synchroniser.consumerName());
        if (!current.pending()) {
            return Outcome.CURRENT;
        }
        return new ClusteringPolicy(quietPeriod, maxDelay).due(current) ? run() : Outcome.WAITING;
    }

    /** Re-clusters now if anything is pending, whatever the policy says. */
    public Outcome run() {
        long start = System.nanoTime();
        long cpuStart = ThreadCpu.nanos();
        Outcome outcome =
                QuarkusTransaction.requiringNew()
                        .timeout((int) transactionTimeout.toSeconds())
                        .call(this::inTransaction);
        if (outcome == Outcome.CLUSTERED) {
            long nanos = System.nanoTime() - start;
            runs.record(Duration.ofNanos(nanos));
            cpu.increment((ThreadCpu.nanos() - cpuStart) / 1e9);
            lastDurationMs = nanos / 1_000_000;
            LOG.debugf(
                    "re-clustered %d recommendations in %d ms",
                    lastRecommendations, lastDurationMs);
        }
        lastError = null;
        return outcome;
    }

    private Outcome inTransaction() {
        if (!state.tryLockClustering()) {
            return Outcome.BUSY;
        }
        // the request count and the newest applied change first: the rows read after them reflect at least both
        ClusteringState before = state.read(synchroniser.consumerName());
        if (!before.pending()) {
            return Outcome.CURRENT;
        }
        ClusterPlan plan = reclustering.plan();
        state.lock();
        writer.apply(plan);
        state.complete(before.requested(), before.feedPosition(), before.readAt());
        lastRecommendations = (long) plan.clusters().stream().mapToInt(c -> c.members().size()).sum();
        return Outcome.CLUSTERED;
    }

    public ClusteringStatus status() {
        ClusteringState current = state.read(synchroniser.consumerName());
        return new ClusteringStatus(current.pending(), current.clusteredUpTo(), instant(current.pendingSince()),
                instant(current.clusteredAt()), lastDurationMs, lastRecommendations, lastError);
    }

    private static Instant instant(java.time.OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
