package io.policylens.common.memory;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Optional;

/** Reads a {@link HeapReading} from the JVM's management beans. */
public final class HeapGauges {

    private final List<GarbageCollectorMXBean> collectors;
    private final MemoryPoolMXBean oldGeneration;

    private HeapGauges(List<GarbageCollectorMXBean> collectors, MemoryPoolMXBean oldGeneration) {
        this.collectors = collectors;
        this.oldGeneration = oldGeneration;
    }

    /** Empty when this JVM does not run a collector this release is for (see {@link #isOldGeneration}). */
    public static Optional<HeapGauges> of(List<MemoryPoolMXBean> pools, List<GarbageCollectorMXBean> collectors) {
        return pools.stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && isOldGeneration(pool.getName()))
                .findFirst()
                .map(old -> new HeapGauges(List.copyOf(collectors), old));
    }

    public static Optional<HeapGauges> ofThisJvm() {
        return of(ManagementFactory.getMemoryPoolMXBeans(), ManagementFactory.getGarbageCollectorMXBeans());
    }

    /**
     * The old generation of the serial ("Tenured Gen") and parallel ("PS Old Gen") collectors, whose usage after the
     * last collection is that of the last full collection. Not G1's: it reports its old generation after every young
     * pause and has its own periodic collection ({@code G1PeriodicGCInterval}); not ZGC's or Shenandoah's, which
     * uncommit by themselves.
     */
    static boolean isOldGeneration(String poolName) {
        return poolName.equals("Tenured Gen") || poolName.equals("PS Old Gen");
    }

    public String oldGenerationName() {
        return oldGeneration.getName();
    }

    public HeapReading read() {
        long collections = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            collections += Math.max(0, collector.getCollectionCount());
        }
        MemoryUsage afterLast = oldGeneration.getCollectionUsage();
        return new HeapReading(collections, oldGeneration.getUsage().getUsed(),
                afterLast == null ? 0 : afterLast.getUsed());
    }
}
