package io.policylens.system.bench;

import io.policylens.system.stack.LocalStack;
import io.policylens.system.stack.StackParts;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The highest resident memory of each service (and the Kafka broker) while the load runs, sampled twice a second: what
 * a pod's memory limit must hold, next to what a service keeps once the load is over.
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
        for (String service : sampled()) {
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

    /** Per service and the broker, in the stack's order (-1 for one never seen running), then second replicas seen. */
    Map<String, Long> peaks() {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String service : sampled()) {
            if (StackParts.MEASURED.contains(service) || peaks.containsKey(service)) {
                ordered.put(service, peaks.getOrDefault(service, -1L));
            }
        }
        return ordered;
    }

    private static List<String> sampled() {
        List<String> parts = new ArrayList<>(StackParts.MEASURED);
        parts.addAll(StackParts.REPLICAS);
        return parts;
    }
}
