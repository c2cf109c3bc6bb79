package io.policylens.claims.bench;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.claims.extraction.SentenceAssessment;
import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.text.ContentFormat;

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
 * In-process throughput of claim extraction on one thread (sentences per CPU second of that thread, which is
 * the per-core rate whatever else the machine runs; the wall-clock rate is printed too). Documents
 * of a folder (.txt/.html/.md) are analysed once outside the timing; then every sentence is assessed
 * repeatedly for warm-up and measurement. Prints one JSON object.
 *
 * <pre>java -cp ... io.policylens.claims.bench.ClaimsBenchmark &lt;folder&gt; [seconds]</pre>
 */
public final class ClaimsBenchmark {

    private ClaimsBenchmark() {
    }

    /**
     * @param sentencesPerSecond    wall-clock rate (swings with other load on the machine)
     * @param sentencesPerCpuSecond rate per CPU second of the measuring thread: the per-core figure
     */
    public record Result(int sentences, long assessed, double seconds, double sentencesPerSecond, double cpuSeconds,
                         double sentencesPerCpuSecond, int claims) {

        public String toJson() {
            return String.format(Locale.ROOT,
                    "{\"benchmark\":\"claims-extraction\",\"threads\":1,\"distinctSentences\":%d,\"assessed\":%d,"
                            + "\"seconds\":%.3f,\"sentencesPerSecondWall\":%.1f,\"cpuSeconds\":%.3f,"
                            + "\"sentencesPerSecondPerCore\":%.1f,\"claimsPerPass\":%d,\"extractorVersion\":\"%s\"}",
                    sentences, assessed, seconds, sentencesPerSecond, cpuSeconds, sentencesPerCpuSecond, claims,
                    ClaimExtractor.VERSION);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ClaimsBenchmark <folder> [seconds]");
            System.exit(2);
        }
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5.0;
        System.out.println(run(load(Path.of(args[0])), seconds).toJson());
    }

    public static List<AnnotatedSentence> load(Path folder) throws IOException {
        DocumentAnalyser analyser = new DocumentAnalyser();
        List<AnnotatedSentence> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".md")) {
                    AnalysedDocument document = analyser.analyse(Files.readString(file), ContentFormat.fromFileName(name));
                    sentences.addAll(document.sentences());
                }
            }
        }
        return sentences;
    }

    /** Warms up for a third of the time, then measures whole passes until {@code seconds} have elapsed. */
    public static Result run(List<AnnotatedSentence> sentences, double seconds) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences to benchmark");
        }
        ClaimExtractor extractor = new ClaimExtractor();
        long warmUpEnd = System.nanoTime() + (long) (seconds / 3 * 1e9);
        int claims = 0;
        while (System.nanoTime() < warmUpEnd) {
            claims = countClaims(extractor.assess(sentences));
        }
        long assessed = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            claims = countClaims(extractor.assess(sentences));
            assessed += sentences.size();
            now = System.nanoTime();
        } while (now < end);
        double elapsed = (now - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Result(sentences.size(), assessed, elapsed, assessed / elapsed, cpu, assessed / cpu, claims);
    }

    private static int countClaims(List<SentenceAssessment> assessments) {
        int claims = 0;
        for (SentenceAssessment assessment : assessments) {
            if (assessment.claim()) {
                claims++;
            }
        }
        return claims;
    }
}
