package io.policylens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code eval claims|recommendations --docs D --labels L [--verbose]}: runs the pipeline on every
 * labelled document and prints one JSON line per document, a details line, and finally the
 * micro-averaged scores as the last line of standard output.
 */
final class EvalCommand {

    enum Kind {
        CLAIMS("claims"), RECOMMENDATIONS("recommendations");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** What the system predicts for one document, with the length of the normalised text. */
    record Predictions(int normalisedLength, List<GoldScorer.Prediction> claims,
                       List<GoldScorer.Prediction> recommendations) {
    }

    private final Function<DocumentFiles.InputDocument, Predictions> predictor;

    EvalCommand(Function<DocumentFiles.InputDocument, Predictions> predictor) {
        this.predictor = predictor;
    }

    /** The predictor backed by the real pipeline. */
    static Function<DocumentFiles.InputDocument, Predictions> pipelinePredictor(ExtractionPipeline pipeline) {
        return input -> {
            ExtractionPipeline.Result result = pipeline.process(input.content(), input.format());
            return new Predictions(result.document().text().length(),
                    result.claims().stream().map(c -> new GoldScorer.Prediction(c.text(), c.start(), c.end(),
                            c.type() == null ? null : c.type().label(), null, null)).toList(),
                    result.recommendations().stream().map(r -> new GoldScorer.Prediction(r.text(), r.start(), r.end(),
                            null, r.actor(), r.strength())).toList());
        };
    }

    int run(Kind kind, List<String> arguments, PrintStream out, PrintStream err) {
        Args args = Args.parse(arguments, Set.of("docs", "labels"), Set.of("verbose"));
        args.noPositional("eval " + kind.label);
        Path docs = Args.existingDirectory(args.required("docs"), "--docs");
        Path labelsDir = Args.existingDirectory(args.required("labels"), "--labels");
        boolean verbose = args.flag("verbose");
        Map<String, GoldLabels.GoldDocument> labels = GoldLabels.load(labelsDir);

        Scores total = new Scores();
        int documents = 0;
        int skipped = 0;
        int sameType = 0;
        int sameActor = 0;
        int sameStrength = 0;
        int unlocatedPredictions = 0;
        int unlocatedGold = 0;
        Set<String> seen = new HashSet<>();
        for (Path file : DocumentFiles.list(docs)) {
            DocumentFiles.InputDocument input = DocumentFiles.read(file);
            GoldLabels.GoldDocument gold = labels.get(input.name());
            if (gold == null) {
                skipped++;
                err.println("policylens eval: no label file for " + file.getFileName() + ", skipped");
                continue;
            }
            if (!seen.add(input.name())) {
                err.println("policylens eval: " + file.getFileName() + " has the same base name as another document, "
                        + "skipped");
                skipped++;
                continue;
            }
            Predictions predictions = predictor.apply(input);
            List<GoldLabels.GoldItem> goldItems = kind == Kind.CLAIMS ? gold.claims() : gold.recommendations();
            List<GoldScorer.Prediction> predicted = kind == Kind.CLAIMS ? predictions.claims()
                    : predictions.recommendations();
            GoldScorer.DocumentScore score = GoldScorer.score(input.name(), input.content(), input.format(),
                    predictions.normalisedLength(), goldItems, predicted);
            documents++;
            total.add(score.scores());
            sameType += score.sameType();
            sameActor += score.sameActor();
            sameStrength += score.sameStrength();
            unlocatedPredictions += score.unlocatedPredictions();
            unlocatedGold += score.unlocatedGold();

            ObjectNode line = Json.object();
            line.put("doc", input.name());
            ObjectNode perDoc = metrics(score.scores());
            perDoc.put("gold", goldItems.size());
            perDoc.put("predicted", predicted.size());
            line.set(kind.label, perDoc);
            out.println(Json.line(line));

            if (score.unlocatedPredictions() > 0) {
                err.printf("policylens eval: %s: %d predicted %s could not be located in the file (placed by offset)%n",
                        input.name(), score.unlocatedPredictions(), kind.label);
            }
            if (score.unlocatedGold() > 0) {
                err.printf("policylens eval: %s: %d gold %s are not in the file (counted as missed)%n",
                        input.name(), score.unlocatedGold(), kind.label);
            }
            if (verbose) {
                for (GoldScorer.Placed fp : score.falsePositives()) {
                    err.println("FP " + input.name() + " " + describe(fp));
                }
                for (GoldScorer.Placed fn : score.falseNegatives()) {
                    err.println("FN " + input.name() + " " + describe(fn));
                }
                if (kind == Kind.RECOMMENDATIONS) {
                    for (GoldScorer.ActorMismatch mismatch : score.actorMismatches()) {
                        err.println("ACTOR " + input.name() + " gold=" + mismatch.gold() + " predicted="
                                + mismatch.predicted() + " | " + oneLine(mismatch.text()));
                    }
                }
            }
        }
        for (String labelled : labels.keySet()) {
            if (!seen.contains(labelled)) {
                err.println("policylens eval: label file " + labelled + ".json has no document in " + docs);
            }
        }
        if (documents == 0) {
            err.println("policylens eval: no labelled document found in " + docs);
        }

        int tp = total.tp();
        ObjectNode details = Json.object();
        details.put("documents", documents);
        details.put("skipped", skipped);
        if (kind == Kind.CLAIMS) {
            details.put("type_accuracy", Json.round(tp == 0 ? 0.0 : (double) sameType / tp));
        } else {
            details.put("strength_accuracy", Json.round(tp == 0 ? 0.0 : (double) sameStrength / tp));
        }
        details.put("unlocated_predictions", unlocatedPredictions);
        details.put("unlocated_gold", unlocatedGold);
        ObjectNode detailsLine = Json.object();
        detailsLine.set(kind.label + "_details", details);
        out.println(Json.line(detailsLine));

        ObjectNode result = metrics(total);
        if (kind == Kind.RECOMMENDATIONS) {
            result.put("actor_accuracy", Json.round(tp == 0 ? 0.0 : (double) sameActor / tp));
        }
        ObjectNode last = Json.object();
        last.set(kind.label, result);
        out.println(Json.line(last));
        out.flush();
        return 0;
    }

    static ObjectNode metrics(Scores scores) {
        ObjectNode node = Json.object();
        node.put("precision", Json.round(scores.precision()));
        node.put("recall", Json.round(scores.recall()));
        node.put("f1", Json.round(scores.f1()));
        node.put("tp", scores.tp());
        node.put("fp", scores.fp());
        node.put("fn", scores.fn());
        return node;
    }

    private static String describe(GoldScorer.Placed item) {
        String span = item.span() == null ? "[not found]" : "[" + item.span().start() + "," + item.span().end() + ")";
        String label = item.type() != null ? " type=" + item.type()
                : (item.actor() != null || item.strength() != null ? " actor=" + item.actor() + " strength="
                + item.strength() : "");
        return span + label + " | " + oneLine(item.text());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ");
    }
}
