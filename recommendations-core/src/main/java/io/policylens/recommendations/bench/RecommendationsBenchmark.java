package io.policylens.recommendations.bench;

import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.text.ContentFormat;
import io.policylens.recommendations.extraction.RecommendationExtractor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * In-process throughput of recommendation extraction, on one thread (so the figure is per core).
 * Documents are analysed once up front; only {@link RecommendationExtractor#extract} is timed.
 *
 * <p>Usage: {@code RecommendationsBenchmark [documents-dir] [--seconds N]}. Without a folder it uses a
 * built-in synthetic document. Prints one JSON line.
 */
public final class RecommendationsBenchmark {

    private RecommendationsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = null;
        double seconds = 5;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds") && i + 1 < args.length) {
                seconds = Double.parseDouble(args[++i]);
            } else {
                folder = Path.of(args[i]);
            }
        }
        List<AnalysedDocument> documents = load(folder);
        int sentencesPerRound = documents.stream().mapToInt(d -> d.sentences().size()).sum();
        RecommendationExtractor extractor = new RecommendationExtractor();
        long sink = run(extractor, documents, seconds / 2, sentencesPerRound)[1]; // warm-up: let the JIT settle
        long[] measured = run(extractor, documents, seconds, sentencesPerRound);
        double elapsed = measured[0] / 1e9;
        double cpu = measured[2] / 1e9;
        long sentences = measured[1];
        // Per core = per CPU-second of the measuring thread; wall-clock is printed too because on a busy
        // machine the two differ.
        System.out.println(String.format(Locale.ROOT,
                "{\"benchmark\":\"recommendations-extraction\",\"version\":\"%s\",\"documents\":%d,\"sentences\":%d,"
                        + "\"seconds\":%.3f,\"cpu_seconds\":%.3f,\"sentences_per_second_per_core\":%.0f,"
                        + "\"sentences_per_second_wall\":%.0f,\"recommendations_per_round\":%d,"
                        + "\"threads\":1,\"java\":\"%s\",\"warmup_sentences\":%d}",
                RecommendationExtractor.VERSION, documents.size(), sentences, elapsed, cpu, sentences / cpu, sentences / elapsed,
                documents.stream().mapToInt(d -> extractor.extract(d).size()).sum(),
                System.getProperty("java.version"), sink));
    }

    /** Extracts from all documents repeatedly for about {@code seconds}; returns {nanos, sentences, cpu nanos}. */
    private static long[] run(RecommendationExtractor extractor, List<AnalysedDocument> documents, double seconds,
                              int sentencesPerRound) {
        long budget = (long) (seconds * 1e9);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long sentences = 0;
        long found = 0;
        while (System.nanoTime() - start < budget) {
            for (AnalysedDocument document : documents) {
                found += extractor.extract(document).size();
            }
            sentences += sentencesPerRound;
        }
        long nanos = System.nanoTime() - start;
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        if (found < 0) {
            throw new IllegalStateException(); // keeps the work observable
        }
        return new long[] {nanos, sentences, cpuNanos > 0 ? cpuNanos : nanos};
    }

    private static List<AnalysedDocument> load(Path folder) throws IOException {
        DocumentAnalyser analyser = new DocumentAnalyser();
        List<AnalysedDocument> documents = new ArrayList<>();
        if (folder == null) {
            documents.add(analyser.analyse(SyntheticDocument.text(), ContentFormat.MARKDOWN));
            return documents;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm")) {
                    documents.add(analyser.analyse(Files.readString(file), ContentFormat.fromFileName(name)));
                }
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no .txt, .md or .html documents in " + folder);
        }
        return documents;
    }
}
