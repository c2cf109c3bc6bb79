package io.policylens.cli;

import io.policylens.bench.ClusteringBenchmark;
import io.policylens.bench.PipelineBenchmark;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Offline command line behind {@code ./policylens extract|eval|bench|train}. Exit codes: 0 success,
 * 1 failure while running, 2 usage error.
 */
public final class Main {

    static final String USAGE = """
            usage:
              extract <dir> --out <file.jsonl>              claims and recommendations of every .txt/.html/.md file \
            as JSON lines
              eval claims --docs <dir> --labels <dir> [--verbose]
              eval recommendations --docs <dir> --labels <dir> [--verbose]
              eval checkworthiness --tsv <file> [--model cascade|fast|transformer] [--threshold T] [--verbose]
              train cascade-band --dev <CT24 dev tsv> --transformer <file.pltx.gz> [--budget SHARE]
              bench claims|recommendations|pipeline [--docs <dir>] [--repeat N] [--warmup N]
              bench text [<dir>] [MB per pass] [passes]     documents-core's text pipeline alone, MB per CPU-second
              bench clustering [--members 10000,20000] [--rounds 5] [--detail-words 3000]   one full re-clustering""";

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        return run(argv, out, err, null);
    }

    /** @param pipeline the pipeline to use; null for the real one (created only when a command needs it) */
    static int run(String[] argv, PrintStream out, PrintStream err, ExtractionPipeline pipeline) {
        List<String> args = new java.util.ArrayList<>(Arrays.asList(argv));
        try {
            // --checkworthiness fast|cascade|transformer: the claim extractor's model, for the rows of
            // docs/claims-quality.md (the services run the fast model, the default)
            int option = args.indexOf("--checkworthiness");
            if (option >= 0 && pipeline == null) {
                if (option + 1 >= args.size()) {
                    throw new UsageException("--checkworthiness needs fast, cascade or transformer");
                }
                pipeline = new ExtractionPipeline(stage(args.get(option + 1)));
                args.subList(option, option + 2).clear();
            }
            if (args.isEmpty()) {
                throw new UsageException("no command given");
            }
            String command = args.getFirst();
            List<String> rest = args.subList(1, args.size());
            switch (command) {
                case "help", "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                case "extract" -> {
                    return new ExtractCommand(orDefault(pipeline)).run(rest, out, err);
                }
                case "eval" -> {
                    if (rest.isEmpty()) {
                        throw new UsageException("eval what? claims | recommendations | checkworthiness");
                    }
                    String what = rest.getFirst();
                    List<String> options = rest.subList(1, rest.size());
                    return switch (what) {
                        case "claims" -> new EvalCommand(EvalCommand.pipelinePredictor(orDefault(pipeline)))
                                .run(EvalCommand.Kind.CLAIMS, options, out, err);
                        case "recommendations" -> new EvalCommand(EvalCommand.pipelinePredictor(orDefault(pipeline)))
                                .run(EvalCommand.Kind.RECOMMENDATIONS, options, out, err);
                        case "sentences" -> new SentenceTableCommand(orDefault(pipeline)).run(options, out, err);
                        case "checkworthiness" -> new CheckworthinessCommand(CheckworthinessCommand::bundled)
                                .run(options, out, err);
                        default -> throw new UsageException("eval what? claims | recommendations | checkworthiness "
                                + "(got: " + what + ")");
                    };
                }
                case "train" -> {
                    if (rest.isEmpty() || !"cascade-band".equals(rest.getFirst())) {
                        throw new UsageException("train what? cascade-band");
                    }
                    return new CascadeBandCommand().run(rest.subList(1, rest.size()), out, err);
                }
                case "bench" -> {
                    if (rest.isEmpty()) {
                        throw new UsageException("bench what? claims | recommendations | pipeline | text | clustering");
                    }
                    String[] benchArgs = rest.subList(1, rest.size()).toArray(String[]::new);
                    switch (rest.getFirst()) {
                        case "text" -> PipelineBenchmark.main(benchArgs);
                        case "clustering" -> ClusteringBenchmark.main(benchArgs);
                        default -> {
                            return new BenchCommand(orDefault(pipeline)).run(rest.getFirst(),
                                    rest.subList(1, rest.size()), out, err);
                        }
                    }
                    return 0;
                }
                default -> throw new UsageException("unknown command: " + command);
            }
        } catch (UsageException e) {
            err.println("policylens: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (UncheckedIOException e) {
            err.println("policylens: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        } catch (Exception e) {
            err.println("policylens: " + e);
            return 1;
        }
    }

    private static io.policylens.claims.model.CheckworthinessStage stage(String name) {
        try {
            return io.policylens.claims.model.CheckworthinessStage.named(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static ExtractionPipeline orDefault(ExtractionPipeline pipeline) {
        return pipeline != null ? pipeline : new ExtractionPipeline();
    }
}
