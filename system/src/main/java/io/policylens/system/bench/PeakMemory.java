package io.policylens.system.bench;

import io.policylens.system.stack.LocalStack;
import io.policylens.system.stack.StackParts;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The highest resident memory of each service while the load runs, sampled twice a second: what a pod's memory
 * limit must hold, next to what a service keeps once the load is over.
 */
final class PeakMemory {

    private final LocalStack stack;
    private final Map<String, Long> peaks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rss-sampler");
        t.setDaemon(true);
        return t;
    });

    private PeakMemory(LocalStack stack) {
        this.stack = stack;
    }

    static PeakMemory start(LocalStack stack) {
        PeakMemory peak = new PeakMemory(stack);
        peak.sampler.scheduleAtFixedRate(peak::sample, 0, 500, TimeUnit.MILLISECONDS);
        return peak;
    }

    private void sample() {
        for (String service : StackParts.SERVICES) {
            try {
                ProcessStats.residentMiB(stack.pid(service)).ifPresent(mib -> peaks.merge(service, mib, Math::max));
            } catch (UncheckedIOException stoppedOrStarting) {
                // a service without a pid file has nothing resident to sample
            }
        }
    }

    void stop() {
        sampler.shutdownNow();
    }

    /** Per service, in the stack's order; -1 for a service never seen running. */
    Map<String, Long> peaks() {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String service : StackParts.SERVICES) {
            ordered.put(service, peaks.getOrDefault(service, -1L));
        }
        return ordered;
    }
}
