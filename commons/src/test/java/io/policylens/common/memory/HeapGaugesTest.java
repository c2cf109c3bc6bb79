package io.policylens.common.memory;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeapGaugesTest {

    @Test
    void recognisesTheOldGenerationOfTheSerialAndParallelCollectorsOnly() {
        assertThat(List.of("Tenured Gen", "PS Old Gen")).allMatch(HeapGauges::isOldGeneration);
        assertThat(List.of("Eden Space", "Survivor Space", "PS Eden Space", "G1 Old Gen", "G1 Eden Space",
                                "ZGC Old Generation", "Shenandoah", "Metaspace"))
                .noneMatch(HeapGauges::isOldGeneration);
    }

    @Test
    void readsThisJvmAndCountsAFullCollection() {
        // this module's tests run with -XX:+UseSerialGC (pom.xml), as the services do on the local stack
        HeapGauges gauges = HeapGauges.ofThisJvm().orElseThrow();
        HeapReading before = gauges.read();
        System.gc();
        HeapReading after = gauges.read();

        assertThat(after.collections()).isGreaterThan(before.collections());
        assertThat(after.oldUsedBytes()).isPositive();
        assertThat(after.oldUsedAfterLastCollectionBytes())
                .as("the full collection collected the old generation")
                .isPositive();
    }

    @Test
    void findsNothingWithoutAnOldGenerationPool() {
        assertThat(HeapGauges.of(List.of(), ManagementFactory.getGarbageCollectorMXBeans())).isEmpty();
    }
}
