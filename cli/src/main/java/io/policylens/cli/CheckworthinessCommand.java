package io.policylens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.claims.model.CheckworthinessCascade;
import io.policylens.claims.text.SentenceCues;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code eval checkworthiness --tsv F [--threshold T]}: F1 of the positive class on a CheckThat!-format
 * file (tab-separated, header {@code Sentence_id, Text, class_label}, labels Yes/No, no quoting).
 */
final class CheckworthinessCommand {

    /** Scores one sentence in [0,1]; a sentence is predicted check-worthy when it is at or above the threshold. */
    interface SentenceScorer {
        double score(String sentence);

        /** The decision threshold the scorer was tuned with. */
        double defaultThreshold();
    }

    record Row(String id, String text, boolean positive) {
    }

    private final java.util.function.Function<String, SentenceScorer> scorers;

    /** @param scorers the scorer for a {@code --model} name ({@link #bundled}) */
    CheckworthinessCommand(java.util.function.Function<String, SentenceScorer> scorers) {
        this.scorers = scorers;
    }

    CheckworthinessCommand(SentenceScorer scorer) {
        this(name -> scorer);
    }

    /**
     * The scorers claims-core ships, by name: {@code cascade} (the default: the fast model with the transformer in
     * its uncertain band, as the extractor runs it), {@code fast} (the plain-Java n-gram and word-piece model
     * alone) and {@code transformer} (the fine-tuned transformer on every sentence).
     */
    static SentenceScorer bundled(String name) {
        // loaded on first use (and cached by claims-core), so usage errors never wait for the model
        return switch (name) {
            case "cascade" -> margins(cues -> CheckworthinessCascade.bundled().margin(cues));
            case "fast" -> margins(cues -> CheckworthinessCascade.bundled().fastMargin(cues));
            case "transformer" -> margins(cues -> CheckworthinessCascade.bundled().transformerMargin(cues.text()));
            default -> throw new UsageException("--model must be cascade, fast or transformer (got: " + name + ")");
        };
    }

    /** A scorer from log-odds about the model's own threshold: probability 0.5 is the decision boundary. */
    private static SentenceScorer margins(java.util.function.ToDoubleFunction<SentenceCues> margin) {
        return new SentenceScorer() {
            @Override
            public double score(String sentence) {
                return 1.0 / (1.0 + Math.exp(-margin.applyAsDouble(SentenceCues.of(sentence))));
            }

            @Override
            public double defaultThreshold() {
                return 0.5;
            }
        };
    }

    int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(arguments, Set.of("tsv", "threshold", "model"), Set.of("verbose"));
        args.noPositional("eval checkworthiness");
        String model = args.option("model") != null ? args.option("model") : "cascade";
        SentenceScorer scorer = scorers.apply(model);
        Path tsv = Args.existingFile(args.required("tsv"), "--tsv");
        Double threshold = args.doubleOption("threshold");
        double cut = threshold != null ? threshold : scorer.defaultThreshold();
        boolean verbose = args.flag("verbose");

        List<Row> rows = read(tsv);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (Row row : rows) {
            boolean predicted = scorer.score(row.text()) >= cut;
            if (predicted && row.positive()) {
                tp++;
            } else if (predicted) {
                fp++;
                if (verbose) {
                    err.println("FP " + row.id() + " | " + row.text());
                }
            } else if (row.positive()) {
                fn++;
                if (verbose) {
                    err.println("FN " + row.id() + " | " + row.text());
                }
            } else {
                tn++;
            }
        }
        Scores scores = new Scores(tp, fp, fn);
        ObjectNode details = Json.object();
        details.put("rows", rows.size());
        details.put("positives", tp + fn);
        details.put("tp", tp);
        details.put("fp", fp);
        details.put("fn", fn);
        details.put("tn", tn);
        details.put("threshold", Json.round(cut));
        details.put("accuracy", Json.round(rows.isEmpty() ? 0.0 : (double) (tp + tn) / rows.size()));
        ObjectNode detailsLine = Json.object();
        detailsLine.set("checkworthiness_details", details);
        out.println(Json.line(detailsLine));

        ObjectNode last = Json.object();
        last.put("f1", Json.round(scores.f1()));
        last.put("precision", Json.round(scores.precision()));
        last.put("recall", Json.round(scores.recall()));
        out.println(Json.line(last));
        out.flush();
        return 0;
    }

    /** Reads a CheckThat!-format file; columns are found by header name, else taken as id, text, label. */
    static List<Row> read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        int idColumn = 0;
        int textColumn = 1;
        int labelColumn = 2;
        int first = 0;
        if (!lines.isEmpty()) {
            String[] header = lines.getFirst().replace("\uFEFF", "").split("\t", -1);
            boolean isHeader = false;
            for (int i = 0; i < header.length; i++) {
                String name = header[i].strip().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "sentence_id", "id" -> {
                        idColumn = i;
                        isHeader = true;
                    }
                    case "text", "sentence" -> {
                        textColumn = i;
                        isHeader = true;
                    }
                    case "class_label", "label" -> {
                        labelColumn = i;
                        isHeader = true;
                    }
                    default -> {
                    }
                }
            }
            first = isHeader ? 1 : 0;
        }
        List<Row> rows = new ArrayList<>();
        for (int n = first; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length <= Math.max(textColumn, labelColumn)) {
                throw new IllegalArgumentException(tsv + " line " + (n + 1)
                        + ": expected tab-separated id, text and label");
            }
            String label = cells[labelColumn].strip().toLowerCase(Locale.ROOT);
            boolean positive = switch (label) {
                case "yes", "1", "true" -> true;
                case "no", "0", "false" -> false;
                default -> throw new IllegalArgumentException(tsv + " line " + (n + 1) + ": unknown label "
                        + cells[labelColumn]);
            };
            rows.add(new Row(cells[idColumn].strip(), cells[textColumn], positive));
        }
        return rows;
    }
}
