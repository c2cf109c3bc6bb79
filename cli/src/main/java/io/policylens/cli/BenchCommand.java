package io.policylens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.documents.analysis.AnalysedDocument;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code bench claims|recommendations|pipeline [--docs D] [--repeat N]}: single-threaded in-process
 * throughput. claims and recommendations time only their extractor on documents analysed beforehand;
 * pipeline times analysis plus both extractors from the raw file content. Prints one JSON line.
 */
final class BenchCommand {

    private final ExtractionPipeline pipeline;

    BenchCommand(ExtractionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    int run(String what, List<String> arguments, PrintStream out, PrintStream err) {
        Args args = Args.parse(arguments, Set.of("docs", "repeat", "warmup"), Set.of());
        args.noPositional("bench " + what);
        if (!Set.of("claims", "recommendations", "pipeline").contains(what)) {
            throw new UsageException("bench what? claims | recommendations | pipeline (got: " + what + ")");
        }
        Path docs = args.option("docs") != null
                ? Args.existingDirectory(args.option("docs"), "--docs")
                : defaultDocs();
        int repeat = args.intOption("repeat", 50, 1);
        int warmup = args.intOption("warmup", Math.max(3, repeat / 5), 0);
        List<DocumentFiles.InputDocument> inputs = DocumentFiles.readAll(docs);
        if (inputs.isEmpty()) {
            throw new UsageException("no .txt/.html/.md files in " + docs);
        }
        List<AnalysedDocument> analysed = inputs.stream().map(i -> pipeline.analyse(i.content(), i.format())).toList();
        long sentencesPerRound = analysed.stream().mapToLong(d -> d.sentences().size()).sum();
        long bytesPerRound = "pipeline".equals(what)
                ? inputs.stream().mapToLong(i -> i.content().getBytes(StandardCharsets.UTF_8).length).sum()
                : analysed.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();

        long sink = 0;
        for (int round = 0; round < warmup; round++) {
            sink += round(what, inputs, analysed);
        }
        long itemsPerRound = round(what, inputs, analysed);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuBegin = threads.getCurrentThreadCpuTime();
        long begin = System.nanoTime();
        for (int round = 0; round < repeat; round++) {
            sink += round(what, inputs, analysed);
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - begin) / 1e9);
        // the per-core figure: CPU time of the measuring thread, whatever else the machine runs
        double cpuSeconds = Math.max(1e-9, (threads.getCurrentThreadCpuTime() - cpuBegin) / 1e9);

        ObjectNode result = Json.object();
        result.put("bench", what);
        result.put("documents", inputs.size());
        result.put("repeat", repeat);
        result.put("warmup", warmup);
        result.put("threads", 1);
        result.put("sentences", sentencesPerRound * repeat);
        result.put("bytes", bytesPerRound * repeat);
        result.put("items_per_round", itemsPerRound);
        result.put("seconds", Math.round(seconds * 1000d) / 1000d);
        result.put("sentences_per_second", Math.round(sentencesPerRound * repeat / seconds));
        result.put("sentences_per_cpu_second", Math.round(sentencesPerRound * repeat / cpuSeconds));
        result.put("mb_per_second", Math.round(bytesPerRound * repeat / seconds / 1e6 * 1000d) / 1000d);
        out.println(Json.line(result));
        out.flush();
        if (sink < 0) {
            err.println(sink); // keeps the work observable
        }
        return 0;
    }

    private long round(String what, List<DocumentFiles.InputDocument> inputs, List<AnalysedDocument> analysed) {
        long items = 0;
        switch (what) {
            case "claims" -> {
                for (AnalysedDocument document : analysed) {
                    items += pipeline.rawClaims(document).size();
                }
            }
            case "recommendations" -> {
                for (AnalysedDocument document : analysed) {
                    items += pipeline.rawRecommendations(document).size();
                }
            }
            default -> {
                for (DocumentFiles.InputDocument input : inputs) {
                    ExtractionPipeline.Result result = pipeline.process(input.content(), input.format());
                    items += result.claims().size() + result.recommendations().size();
                }
            }
        }
        return items;
    }

    /** $POLICYLENS_SHARED/corpus/seeds, else ../shared/corpus/seeds from the working directory. */
    static Path defaultDocs() {
        String shared = System.getenv("POLICYLENS_SHARED");
        List<Path> candidates = shared != null && !shared.isBlank()
                ? List.of(Path.of(shared, "corpus", "seeds"))
                : List.of(Path.of("..", "shared", "corpus", "seeds"), Path.of("shared", "corpus", "seeds"));
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new UsageException("no --docs given and no sample corpus at " + candidates.getFirst()
                + " (set POLICYLENS_SHARED or pass --docs)");
    }
}
