package io.policylens.common.memory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdleHeapPolicyTest {

    private static final long MB = 1024 * 1024;

    private final IdleHeapPolicy policy = new IdleHeapPolicy(16 * MB);

    private static HeapReading reading(long collections, long oldUsedMb, long oldAfterLastMb) {
        return reading(collections, 0, oldUsedMb, oldAfterLastMb);
    }

    private static HeapReading reading(long collections, long oldCollections, long oldUsedMb, long oldAfterLastMb) {
        return new HeapReading(collections, oldCollections, oldUsedMb * MB, oldAfterLastMb * MB);
    }

    @Test
    void releasesOnceTheServiceIsQuietAndTheOldGenerationHasGrown() {
        assertThat(policy.shouldRelease(reading(40, 120, 30))).as("first reading: nothing to compare with").isFalse();
        assertThat(policy.shouldRelease(reading(40, 120, 30))).as("quiet interval, 90 MB grown").isTrue();
    }

    @Test
    void doesNotReleaseWhileTheServiceIsCollecting() {
        policy.shouldRelease(reading(40, 120, 30));
        assertThat(policy.shouldRelease(reading(41, 125, 30))).as("a young collection happened: busy").isFalse();
        assertThat(policy.shouldRelease(reading(55, 150, 30))).isFalse();
    }

    @Test
    void doesNotReleaseWhenTheOldGenerationHasHardlyGrown() {
        policy.shouldRelease(reading(40, 45, 30));
        assertThat(policy.shouldRelease(reading(40, 45, 30))).as("15 MB grown, threshold 16").isFalse();
        assertThat(policy.shouldRelease(reading(40, 46, 30))).as("exactly the threshold").isTrue();
    }

    @Test
    void releasesOncePerQuietPeriodAndAgainOnlyAfterNewGrowth() {
        policy.shouldRelease(reading(40, 120, 30));
        assertThat(policy.shouldRelease(reading(40, 120, 30))).isTrue();
        // the release was a full collection: the count moved and the old generation is back to its live set
        assertThat(policy.shouldRelease(reading(41, 32, 32))).isFalse();
        assertThat(policy.shouldRelease(reading(41, 32, 32))).as("still quiet, nothing grown").isFalse();
        assertThat(policy.shouldRelease(reading(41, 32, 32))).isFalse();
        // load again, then quiet
        assertThat(policy.shouldRelease(reading(90, 100, 32))).isFalse();
        assertThat(policy.shouldRelease(reading(90, 100, 32))).isTrue();
    }

    @Test
    void releasesOnceAfterAFullCollectionTheLoadForced() {
        // busy: a full collection (the 3rd) kept a working set of 52 MB, which then died without further growth
        policy.shouldRelease(reading(600, 3, 52, 52));
        assertThat(policy.shouldRelease(reading(600, 3, 52, 52))).as("quiet after a forced full collection").isTrue();
        // the release is the 4th full collection
        assertThat(policy.shouldRelease(reading(601, 4, 34, 34))).isFalse();
        assertThat(policy.shouldRelease(reading(601, 4, 34, 34))).as("nothing forced since the release").isFalse();
        // load again with a forced full collection, then quiet
        assertThat(policy.shouldRelease(reading(700, 5, 40, 40))).isFalse();
        assertThat(policy.shouldRelease(reading(700, 5, 40, 40))).isTrue();
    }

    @Test
    void asksAgainAfterAQuietIntervalWhenTheJvmIgnoredTheRequest() {
        policy.shouldRelease(reading(40, 120, 30));
        assertThat(policy.shouldRelease(reading(40, 120, 30))).isTrue();
        // -XX:+DisableExplicitGC: nothing changed
        assertThat(policy.shouldRelease(reading(40, 120, 30))).as("not at once again").isFalse();
        assertThat(policy.shouldRelease(reading(40, 120, 30))).as("after another quiet interval").isTrue();
    }

    @Test
    void growthBeforeTheFirstOldCollectionIsAllOfTheOldGeneration() {
        assertThat(reading(3, 20, 0).oldGrowthBytes()).isEqualTo(20 * MB);
        assertThat(reading(3, 20, 25).oldGrowthBytes()).as("never negative").isZero();
    }

    @Test
    void refusesANonPositiveThreshold() {
        assertThatThrownBy(() -> new IdleHeapPolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
