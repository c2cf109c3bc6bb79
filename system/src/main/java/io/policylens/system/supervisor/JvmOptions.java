package io.policylens.system.supervisor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JVM options of the local stack's JVMs: each service's and the Kafka broker's defaults, overridable with
 * &lt;SERVICE&gt;_JAVA_OPTS (DOCUMENTS_JAVA_OPTS, ..., KAFKA_JAVA_OPTS), and what is added per JDK.
 */
public final class JvmOptions {

    /*
     * Default JVM options of a service on the local stack (measured in docs/local-stack.md, "Start-up and memory", and
     * docs/benchmarks.md):
     * - a small heap: 32 MB at start, a fixed 12 MB young generation (with -Xms16m the young generation started at
     *   5 MB, and the collections that caused cost a quarter to a third of the CPU of a batch ingest; 12 MB cost no
     *   measurable CPU against 16 MB and is ~4 MB less resident), a maximum with
     *   room for a few concurrent 6 MB uploads, and free heap given back after a full collection (MaxHeapFreeRatio),
     *   all of it at the first one (-ShrinkHeapInSteps: by default the first full collections give back nothing, 10 %
     *   and 40 %, and a service has only a few, so its old generation stayed at -Xmx after the first one);
     * - one Netty buffer arena of each kind instead of one per event loop (2 x cores): fewer pooled chunks resident;
     * - methods compiled after 3x the usual invocation counts (CompileThresholdScaling): less compile CPU at start;
     * - bounded code cache, metaspace and thread stacks, and the C1 JIT compiler only: C2 cost 1-2 CPU-seconds of every
     *   start and 50-70 MB per service, more than its faster code saved over the first thousands of requests;
     * - the AOT cache mapped at the address it was written for (ArchiveRelocationMode=0, a diagnostic flag; since JDK
     *   20 the JVM relocates by default): relocating every pointer in a 80-120 MB cache took about 0.7 s of each start.
     *   The cost is that the cache's address is not randomised; on a shared host set <SERVICE>_JAVA_OPTS without it.
     * The serial collector (added by forService) keeps the CPU of a batch ingest lowest, but it grows the old
     * generation towards -Xmx under load and gives it back only after a full collection, which an idle service never
     * has. The gateway therefore runs G1 with a periodic collection after 10 s without one: its memory falls back to
     * ~170 MB after a burst, at no CPU cost measurable in the benchmark. In the other services G1 cost 10-30 % more CPU
     * per ingested document, so they stay serial (docs/benchmarks.md, "Garbage collector").
     * Instead, commons' IdleHeapReleaser runs one full collection once such a service has gone quiet;
     * MaxHeapFreeRatio=10 then keeps 10 % free above what is live (30 % kept ~6 MB more in documents- and
     * recommendations-service).
     */
    static final String COMMON = "-XX:CompileThresholdScaling=3 -XX:ReservedCodeCacheSize=64m"
            + " -XX:MaxMetaspaceSize=160m -Xss512k"
            + " -XX:TieredStopAtLevel=1 -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0";
    static final String SERVICE_DEFAULT = "-Xms32m -Xmn12m -Xmx192m"
            + " -XX:MaxHeapFreeRatio=10 -XX:MinHeapFreeRatio=5 -XX:-ShrinkHeapInSteps"
            + " -Dio.netty.allocator.numDirectArenas=1 -Dio.netty.allocator.numHeapArenas=1 " + COMMON;
    static final String GATEWAY_DEFAULT = "-Xms16m -Xmx192m -XX:+UseG1GC -XX:G1PeriodicGCInterval=10000"
            + " -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 " + COMMON;
    /*
     * The broker's JVM (KAFKA_JAVA_OPTS overrides; measured in docs/local-stack.md, "Start-up and memory"): a small
     * heap is plenty for one node with a few topics (its page cache is the kernel's, not the heap), C1 only like the
     * services.
     */
    static final String KAFKA_DEFAULT = "-Xms16m -Xmx96m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
            + " -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=96m";

    private static final Pattern COLLECTOR = Pattern.compile("(^|\\s)-XX:\\+Use[A-Za-z0-9]+GC(\\s|$)");

    private final Map<String, String> environment;
    private final int jdkMajor;

    public JvmOptions(Map<String, String> environment, int jdkMajor) {
        this.environment = environment;
        this.jdkMajor = jdkMajor;
    }

    /** &lt;PART&gt;_JAVA_OPTS when set, else the part's own defaults (gateway, kafka), else the services' defaults. */
    public String javaOptions(String part) {
        String name = part.replaceFirst("-service$", "").toUpperCase(Locale.ROOT).replace('-', '_');
        String override = environment.get(name + "_JAVA_OPTS");
        if (override != null && !override.isEmpty()) {
            return override;
        }
        return switch (name) {
            case "GATEWAY" -> GATEWAY_DEFAULT;
            case "KAFKA" -> KAFKA_DEFAULT;
            default -> SERVICE_DEFAULT;
        };
    }

    /**
     * The whole JVM command-line options of a service (the AOT cache key includes them): its options, the serial GC
     * unless they choose a collector, from JDK 22 on (a product flag there) a periodic trim that gives freed C heap
     * back to the system, and from JDK 25 on no method profiles in the AOT cache: they only feed the C2 compiler, which
     * TieredStopAtLevel=1 turns off, and cost ~2.4 MB of resident cache per service (measured on documents-service).
     */
    public String forService(String service) {
        String opts = javaOptions(service);
        if (!COLLECTOR.matcher(opts).find()) {
            opts += " -XX:+UseSerialGC";
        }
        if (jdkMajor >= 22 && !opts.contains("TrimNativeHeapInterval")) {
            opts += " -XX:TrimNativeHeapInterval=5000";
        }
        if (jdkMajor >= 25 && opts.contains("TieredStopAtLevel=1") && opts.contains("UnlockDiagnosticVMOptions")
                && !opts.contains("AOTRecordTraining")) {
            opts += " -XX:-AOTRecordTraining";
        }
        return opts;
    }

    /** Options split into arguments (they are written space-separated, as in the environment variables). */
    public static List<String> split(String options) {
        return new ArrayList<>(Arrays.stream(options.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList());
    }
}
