package io.policylens.bench;

import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.text.ContentFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * In-process throughput of the whole text pipeline ({@link DocumentAnalyser#analyse}: normalisation,
 * boilerplate removal, segmentation, entity and topic annotation) on one thread.
 *
 * <p>Reads every regular file of a folder (format from the file name), repeats the documents until
 * about {@code targetMb} MB of UTF-8 input, warms up, then times several passes and prints one JSON
 * line with the best and median wall-clock MB/s and the median MB/s per CPU-second of the measuring
 * thread ({@code medianCpuMBps}: MB/s per core, robust when other processes share the machine). Usage:
 * {@code java -cp documents-core.jar:jsoup.jar:commonmark.jar io.policylens.bench.PipelineBenchmark
 * [folder] [targetMb] [passes]}; the folder defaults to {@code ../shared/corpus/seeds} found from the
 * working directory or the {@code policylens.shared} system property.
 */
public final class PipelineBenchmark {

    private record Input(String content, ContentFormat format, int bytes) {
    }

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : defaultFolder();
        double targetMb = args.length > 1 ? Double.parseDouble(args[1]) : 20.0;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Input> documents = read(folder);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no documents in " + folder);
        }
        long target = (long) (targetMb * 1024 * 1024);
        List<Input> workload = new ArrayList<>();
        long bytes = 0;
        while (bytes < target) {
            for (Input input : documents) {
                workload.add(input);
                bytes += input.bytes();
            }
        }
        DocumentAnalyser analyser = new DocumentAnalyser();
        long sink = 0;
        for (int warmup = 0; warmup < 2; warmup++) {
            sink += run(analyser, workload);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        double[] rates = new double[passes];
        double[] cpuRates = new double[passes];
        for (int pass = 0; pass < passes; pass++) {
            long startCpu = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
            long startNanos = System.nanoTime();
            sink += run(analyser, workload);
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            rates[pass] = bytes / 1048576.0 / seconds;
            cpuRates[pass] = cpuTime ? bytes / 1048576.0 / ((threads.getCurrentThreadCpuTime() - startCpu) / 1e9)
                    : rates[pass];
        }
        java.util.Arrays.sort(cpuRates);
        double[] sorted = rates.clone();
        java.util.Arrays.sort(sorted);
        System.out.println(String.format(Locale.ROOT,
                "{\"benchmark\":\"documents-pipeline\",\"pipeline\":\"%s\",\"folder\":\"%s\",\"distinctDocuments\":%d,"
                        + "\"documentsPerPass\":%d,\"megabytesPerPass\":%.2f,\"passes\":%d,\"threads\":1,"
                        + "\"bestMBps\":%.2f,\"medianMBps\":%.2f,\"medianCpuMBps\":%.2f,\"sentencesChecksum\":%d}",
                DocumentAnalyser.VERSION, folder.toString().replace("\\", "/").replace("\"", "'"), documents.size(),
                workload.size(), bytes / 1048576.0, passes, sorted[sorted.length - 1], sorted[sorted.length / 2],
                cpuRates[cpuRates.length / 2], sink));
    }

    private static long run(DocumentAnalyser analyser, List<Input> workload) {
        long sentences = 0;
        for (Input input : workload) {
            AnalysedDocument document = analyser.analyse(input.content(), input.format());
            sentences += document.sentences().size();
        }
        return sentences;
    }

    private static List<Input> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().map(file -> {
                try {
                    String content = Files.readString(file, StandardCharsets.UTF_8);
                    return new Input(content, ContentFormat.fromFileName(file.getFileName().toString()),
                            content.getBytes(StandardCharsets.UTF_8).length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static Path defaultFolder() {
        String shared = System.getProperty("policylens.shared");
        if (shared != null) {
            return Path.of(shared, "corpus", "seeds");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("corpus").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            candidate = dir.resolve("shared").resolve("corpus").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("seed folder not found: pass it as the first argument or set "
                + "-Dpolicylens.shared");
    }
}
