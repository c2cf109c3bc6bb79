package io.policylens.system.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.system.stack.LocalStack;
import io.policylens.system.stack.StackParts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU seconds each part of the stack used during a phase, so a result says where the time went, not only how long
 * it took: the four services, PostgreSQL (all its processes), Kafka, Keycloak, this load generator and everything else
 * on the machine ({@code /proc/stat} total minus the parts). Second replicas of claims- and recommendations-service
 * count as parts of their own (claims-service-2).
 */
final class CpuUsage {

    private final Map<String, Double> seconds;
    /** Per service (replica): the CPU seconds of its JVM's compiler and collector threads, by kind. */
    private final Map<String, Map<String, Double>> jvmSeconds;

    private CpuUsage(Map<String, Double> seconds, Map<String, Map<String, Double>> jvmSeconds) {
        this.seconds = seconds;
        this.jvmSeconds = jvmSeconds;
    }

    static CpuUsage now(LocalStack stack) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        Map<String, Map<String, Double>> jvmSeconds = new LinkedHashMap<>();
        double parts = 0;
        for (String service : stack.runningServices()) {
            long pid = stack.pid(service);
            jvmSeconds.put(service, ProcessStats.jvmThreadCpuSeconds(pid));
            double s = ProcessStats.cpuSeconds(pid);
            seconds.put(service, s);
            parts += s;
        }
        seconds.put("postgres", ProcessStats.cpuSecondsOfAll("postgres"));
        seconds.put(StackParts.KAFKA, launched(stack, StackParts.KAFKA));
        seconds.put("keycloak", launched(stack, "keycloak"));
        seconds.put("load-generator", ProcessStats.cpuSeconds(ProcessHandle.current().pid()));
        parts += seconds.get("postgres") + seconds.get(StackParts.KAFKA) + seconds.get("keycloak")
                + seconds.get("load-generator");
        seconds.put("other", ProcessStats.machineCpuSeconds() - parts);
        return new CpuUsage(seconds, jvmSeconds);
    }

    /** CPU seconds of a service since {@code before}, all its replicas together (claims-service + claims-service-2). */
    double serviceSince(CpuUsage before, String service) {
        double used = 0;
        for (Map.Entry<String, Double> e : seconds.entrySet()) {
            if (e.getKey().equals(service) || e.getKey().equals(service + "-2")) {
                used += Math.max(0, e.getValue() - before.seconds.getOrDefault(e.getKey(), 0.0));
            }
        }
        return used;
    }

    /**
     * A service's CPU seconds since {@code before}, all its replicas together, split into the JVM's compiler threads
     * ({@code jit}), its collector and VM thread ({@code gcAndVm}) and the rest ({@code application}: extraction,
     * HTTP, the Kafka clients), as {@code {"total": s, "jit": s, "gcAndVm": s, "application": s}}.
     */
    Map<String, Double> serviceByThreadSince(CpuUsage before, String service) {
        Map<String, Double> split = new LinkedHashMap<>();
        double total = serviceSince(before, service);
        split.put("total", total);
        double jvm = 0;
        for (String kind : List.of(ProcessStats.JIT, ProcessStats.GC_AND_VM)) {
            double used = 0;
            for (String replica : List.of(service, service + "-2")) {
                Map<String, Double> now = jvmSeconds.get(replica);
                if (now != null) {
                    Map<String, Double> then = before.jvmSeconds.getOrDefault(replica, Map.of());
                    used += Math.max(0, now.getOrDefault(kind, 0.0) - then.getOrDefault(kind, 0.0));
                }
            }
            split.put(kind, used);
            jvm += used;
        }
        split.put("application", Math.max(0, total - jvm));
        return split;
    }

    private static double launched(LocalStack stack, String part) {
        try {
            return ProcessStats.cpuSeconds(stack.pid(part));
        } catch (RuntimeException e) {
            return 0; // attached to a stack whose Keycloak (or Kafka) the launcher did not start
        }
    }

    /**
     * What was used since {@code before}, in total and per unit of work (e.g. per document or per request), as
     * {@code {"seconds": {...}, "msPer<unit>": {...}}}.
     */
    ObjectNode since(CpuUsage before, long units, String unit) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode total = result.putObject("seconds");
        ObjectNode per = result.putObject("msPer" + unit);
        double sum = 0;
        for (Map.Entry<String, Double> e : seconds.entrySet()) {
            double used = Math.max(0, e.getValue() - before.seconds.getOrDefault(e.getKey(), 0.0));
            total.put(e.getKey(), round(used));
            if (units > 0) {
                per.put(e.getKey(), round(used * 1000 / units));
            }
            if (!e.getKey().equals("other")) {
                sum += used;
            }
        }
        total.put("stackAndGenerator", round(sum));
        if (units > 0) {
            per.put("stackAndGenerator", round(sum * 1000 / units));
        }
        return result;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
