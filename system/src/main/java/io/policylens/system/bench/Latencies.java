package io.policylens.system.bench;

import java.util.Arrays;

/** Request latencies in microseconds, collected per thread and merged: percentiles by nearest rank. */
final class Latencies {

    private long[] micros = new long[1024];
    private int count;

    void add(long nanos) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = nanos / 1_000;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.micros[i] * 1_000);
        }
    }

    int count() {
        return count;
    }

    /** The p-th percentile (0 < p <= 100) in milliseconds. */
    double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1_000.0;
    }
}
