package io.policylens.system.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BenchPartsTest {

    @Test
    void relayCountersComeOutOfThePrometheusText() {
        String metrics = """
                # TYPE policylens_changes_relay_relayed_total counter
                policylens_changes_relay_relayed_total 1000.0
                policylens_changes_relay_failures_total 2.0
                policylens_changes_relay_backlog 0.0
                policylens_changes_relay_lag{cursor="kafka"} 3.0
                policylens_changes_relay_lag{cursor="other"} 4.0
                http_server_requests_seconds_count 12.0
                """;
        assertThat(RelayMetrics.parse(metrics))
                .containsExactly(java.util.Map.entry("backlog", 0L), java.util.Map.entry("failures", 2L),
                java.util.Map.entry("lag", 7L), java.util.Map.entry("relayed", 1000L));
        assertThat(RelayMetrics.parse("http_server_requests_seconds_count 12.0\n")).isEmpty();
    }

    @Test
    void aMetricIsSummedOverItsLabelsAndNotConfusedWithLongerNames() {
        String metrics = """
                # TYPE policylens_clustering_runs_seconds summary
                policylens_clustering_runs_seconds_count 4.0
                policylens_clustering_runs_seconds_sum 1.5
                policylens_clustering_runs_seconds_sum_other 100.0
                policylens_clustering_runs_seconds_sum{replica="b"} 0.25
                """;
        assertThat(PrometheusText.sum(metrics, "policylens_clustering_runs_seconds_sum")).isEqualTo(1.75);
        assertThat(PrometheusText.sum(metrics, "policylens_clustering_runs_seconds_max")).isZero();
    }

    @Test
    void percentilesByNearestRank() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            latencies.add(ms * 1_000_000L);
        }
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
        Latencies merged = new Latencies();
        merged.addAll(latencies);
        merged.add(500_000_000L);
        assertThat(merged.percentileMillis(100)).isEqualTo(500.0);
    }

    @Test
    void documentsAreDistinctAndReachTheSize(@TempDir Path seeds) throws Exception {
        Files.writeString(seeds.resolve("one.txt"),
                "First paragraph about chips.\n\nSecond paragraph about steel.\n\n");
        Files.writeString(seeds.resolve("two.md"), "# Heading\n\nThird paragraph about energy.");
        Files.writeString(seeds.resolve("skip.html"), "<p>not used</p>");
        BenchDocuments documents = new BenchDocuments(seeds, "run1", 2_000);
        assertThat(documents.document(0)).hasSizeGreaterThanOrEqualTo(2_000)
                .startsWith("Benchmark document run1 number 0.");
        assertThat(documents.document(1)).isNotEqualTo(documents.document(0)).doesNotContain("not used");
    }

    @Test
    void jvmThreadsAreToldByTheirKernelNames() {
        assertThat(ProcessStats.threadKind("C1 CompilerThre")).isEqualTo(ProcessStats.JIT);
        assertThat(ProcessStats.threadKind("C2 CompilerThre")).isEqualTo(ProcessStats.JIT);
        assertThat(ProcessStats.threadKind("VM Thread")).isEqualTo(ProcessStats.GC_AND_VM);
        assertThat(ProcessStats.threadKind("GC Thread#0")).isEqualTo(ProcessStats.GC_AND_VM);
        assertThat(ProcessStats.threadKind("executor-thread")).isNull();
        assertThat(ProcessStats.threadKind("kafka-producer-")).isNull();
    }

    @Test
    void thisJvmsCompilerThreadsHaveUsedCpu() {
        long pid = ProcessHandle.current().pid();
        long deadline = System.nanoTime() + 10_000_000_000L;
        StringBuilder work = new StringBuilder();
        while (ProcessStats.jvmThreadCpuSeconds(pid).get(ProcessStats.JIT) == 0 && System.nanoTime() < deadline) {
            work.setLength(0);
            for (int i = 0; i < 10_000; i++) {
                work.append(Integer.toHexString(i * 31)); // code that gets compiled: the compiler threads' CPU shows
            }
        }
        var kinds = ProcessStats.jvmThreadCpuSeconds(pid);
        assertThat(kinds).containsOnlyKeys(ProcessStats.JIT, ProcessStats.GC_AND_VM);
        assertThat(kinds.get(ProcessStats.JIT)).as("a JVM that ran code has compiled some").isPositive();
    }

    @Test
    void residentMemoryOfThisProcess() throws Exception {
        long pid = ProcessHandle.current().pid();
        assertThat(ProcessStats.residentMiB(pid).orElseThrow()).isPositive();
        long started = ProcessStats.startedAtMillis(pid);
        assertThat(started).isBetween(System.currentTimeMillis() - 3_600_000L, System.currentTimeMillis());
    }
}
