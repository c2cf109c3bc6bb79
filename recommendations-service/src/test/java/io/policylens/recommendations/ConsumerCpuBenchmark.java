package io.policylens.recommendations;

import io.policylens.recommendations.support.TestSql;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.recommendations.support.BenchDocuments;
import io.policylens.testing.documents.ChangeDriver;
import io.policylens.recommendations.clustering.ClusteringJob;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static io.policylens.recommendations.support.Api.PARTNER_A;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a test (it asserts no timing): CPU of the change-feed consumer per document as
 * the corpus grows. Runs only when asked:
 *
 * <pre>
 * mvn -B -ntp -o -pl recommendations-service test -Dtest=ConsumerCpuBenchmark -Dpolicylens.bench.documents=600
 * </pre>
 *
 * With {@code -Dpolicylens.bench.seeds=FOLDER} the documents are about 10 KB each, assembled from
 * the folder's paragraphs as {@code ./policylens bench system} does (e.g. ../shared/corpus/seeds);
 * otherwise short synthetic briefs. Publishes the documents to the WireMock documents-service in
 * windows ({@code -Dpolicylens.bench.window}, default 100), drains each window through the real
 * {@link ChangeDriver} and prints one "BENCH {json}" line per window: CPU milliseconds per document
 * of the draining thread (fetching, extraction, evidence, clustering work done in the consumer, the
 * JDBC client side of the writes), of PostgreSQL's processes (those alive at both ends of the
 * window), and of the whole test JVM (which also serves WireMock). After each window it runs the
 * background re-clustering once, as {@link ClusteringJob} would every few seconds of an ingest, and
 * reports that run's CPU separately.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "policylens.bench.documents", matches = "\\d+")
class ConsumerCpuBenchmark {

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);

    @Inject
    ClusteringJob clustering;


    @Test
    void cpuPerDocumentAsTheCorpusGrows() throws IOException {
        FakeDocuments.INSTANCE.publishAll(PARTNER_A, List.of()); // stubs the feed even when nothing was published yet
        feed.drain();
        int total = Integer.getInteger("policylens.bench.documents");
        int window = Integer.getInteger("policylens.bench.window", 100);
        String seeds = System.getProperty("policylens.bench.seeds");
        List<String[]> documents = seeds == null ? BenchDocuments.generate(total, 42)
                : BenchDocuments.fromSeeds(Path.of(seeds), total, 10_240);
        for (int start = 0; start < total; start += window) {
            List<String[]> batch = documents.subList(start, Math.min(total, start + window));
            FakeDocuments.INSTANCE.publishAll(PARTNER_A, batch);
            Cpu before = Cpu.now(postgresPids());
            int applied = feed.drain();
            Cpu used = Cpu.now(postgresPids()).minus(before);
            assertThat(applied).isEqualTo(batch.size());
            // one background re-clustering per window, as the job would run every few seconds during an ingest
            Cpu beforeRun = Cpu.now(postgresPids());
            assertThat(clustering.run()).isEqualTo(ClusteringJob.Outcome.CLUSTERED);
            Cpu run = Cpu.now(postgresPids()).minus(beforeRun);
            System.out.println(
                    "BENCH "
                            + String.format(
                                    Locale.ROOT,
                                    "{\"documents\":%d,\"recommendations\":%d,\"window\":%d,"
                                    + "\"consumer_thread_cpu_ms_per_doc\":%.1f,\"postgres_cpu_ms_per_doc\":%.1f,"
                                    + "\"jvm_cpu_ms_per_doc\":%.1f,\"wall_ms_per_doc\":%.1f,"
                                    + "\"clustering_run_thread_cpu_ms\":%.0f,\"clustering_run_postgres_cpu_ms\":%.0f,"
                                    + "\"clustering_run_wall_ms\":%.0f}",
                                    start + batch.size(),
                                    count("SELECT count(*) FROM recommendations"),
                                    batch.size(),
                                    used.thread() / 1e6 / applied,
                                    used.postgres() / 1e6 / applied,
                                    used.process() / 1e6 / applied,
                                    used.wall() / 1e6 / applied,
                                    run.thread() / 1e6,
                                    run.postgres() / 1e6,
                                    run.wall() / 1e6));
        }
    }

    private long count(String sql) {
        return TestSql.longValue(sql);
    }

    /**
     * Every PostgreSQL process of the test server: backends (the pool's connections live on) and
     * background workers.
     */
    private List<Number> postgresPids() {
        return List.copyOf(TestSql.list("SELECT pid FROM pg_stat_activity", Integer.class));
    }

    /** CPU nanoseconds so far: this thread, this JVM, and the given PostgreSQL processes. */
    record Cpu(long thread, long process, long postgres, long wall) {

        static Cpu now(List<Number> postgresPids) throws IOException {
            long postgres = 0;
            for (Number pid : postgresPids) {
                postgres += ticks(pid.longValue());
            }
            return new Cpu(
                    ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(),
                    ((com.sun.management.OperatingSystemMXBean)
                                    ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime(),
                    postgres * 10_000_000L,
                    System.nanoTime());
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(
                    thread - earlier.thread,
                    process - earlier.process,
                    postgres - earlier.postgres,
                    wall - earlier.wall);
        }

        /** utime + stime from /proc/PID/stat, in clock ticks (100 per second); 0 for a process that is gone. */
        private static long ticks(long pid) throws IOException {
            Path stat = Path.of("/proc/" + pid + "/stat");
            if (!Files.exists(stat)) {
                return 0;
            }
            String line;
            try {
                line = Files.readString(stat);
            } catch (IOException e) {
                return 0; // exited meanwhile
            }
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
    }
}
