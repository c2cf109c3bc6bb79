package io.policylens.common.memory;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Gives heap back to the operating system when the service has gone quiet, as {@link IdleHeapPolicy} decides: one
 * full collection ({@link System#gc()}), after which the collector shrinks the heap to its
 * {@code -XX:MaxHeapFreeRatio}. Measured on the local stack, 30 s after repeated ingests: recommendations-service
 * 225-238 MB resident instead of 300-336, documents-service 216-222 instead of 245-255 (docs/benchmarks.md).
 *
 * <p>One daemon thread checks every {@code policylens.memory.idle-release.check-interval} (a plain executor, so
 * services without quarkus-scheduler need not load it). Only for the serial and parallel collectors
 * ({@link HeapGauges#isOldGeneration}); G1, as the local stack's gateway runs it, has {@code G1PeriodicGCInterval}.
 */
@Singleton
public class IdleHeapReleaser {

    private static final Logger LOG = Logger.getLogger(IdleHeapReleaser.class);

    @Inject
    IdleReleaseSettings settings;

    private ScheduledExecutorService checker;
    private volatile long releases;

    void onStart(@Observes StartupEvent event) {
        if (!settings.enabled()) {
            return;
        }
        Optional<HeapGauges> gauges = HeapGauges.ofThisJvm();
        if (gauges.isEmpty()) {
            LOG.debug("idle heap release off: the collector is neither serial nor parallel");
            return;
        }
        IdleHeapPolicy policy = new IdleHeapPolicy(settings.minOldGrowth().asLongValue());
        checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idle-heap-release");
            thread.setDaemon(true);
            return thread;
        });
        long millis = settings.checkInterval().toMillis();
        checker.scheduleWithFixedDelay(() -> check(gauges.get(), policy), millis, millis, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (checker != null) {
            checker.shutdownNow();
        }
    }

    /** Whether the checker runs: enabled, and the JVM runs the serial or the parallel collector. */
    public boolean active() {
        return checker != null && !checker.isShutdown();
    }

    /** Full collections this bean asked for since start. */
    public long releases() {
        return releases;
    }

    private void check(HeapGauges gauges, IdleHeapPolicy policy) {
        try {
            HeapReading reading = gauges.read();
            if (policy.shouldRelease(reading)) {
                System.gc();
                releases++;
                LOG.debugf("idle heap release: %s had grown by %d KiB since its last collection",
                        gauges.oldGenerationName(), reading.oldGrowthBytes() / 1024);
            }
        } catch (RuntimeException e) {
            // a failed check must not end the schedule (an exception would cancel it)
            LOG.debugf(e, "idle heap release check failed");
        }
    }
}
