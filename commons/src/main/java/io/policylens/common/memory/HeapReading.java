package io.policylens.common.memory;

/**
 * What {@link IdleHeapPolicy} needs to know about the heap at one moment.
 *
 * @param collections garbage collections so far, all collectors together
 * @param oldCollections collections so far of the collector that collects the old generation (full
 *     collections)
 * @param oldUsedBytes bytes in use in the old generation now
 * @param oldUsedAfterLastCollectionBytes bytes the old generation held right after its last
 *     collection (0 before the first)
 */
public record HeapReading(
        long collections,
        long oldCollections,
        long oldUsedBytes,
        long oldUsedAfterLastCollectionBytes) {

    /** What the old generation gained since its last collection: an upper bound of what a full collection frees. */
    long oldGrowthBytes() {
        return Math.max(0, oldUsedBytes - oldUsedAfterLastCollectionBytes);
    }
}
