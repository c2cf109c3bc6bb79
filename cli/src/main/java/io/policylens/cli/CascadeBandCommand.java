package io.policylens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.training.evaluation.BinaryScores;
import io.policylens.training.evaluation.ThresholdSweep;
import io.policylens.claims.model.CheckworthinessCascade;
import io.policylens.claims.model.CheckworthinessModel;
import io.policylens.claims.text.SentenceCues;
import io.policylens.training.CheckThatReader;
import io.policylens.training.LabelledSentence;
import io.policylens.claims.transformer.TransformerClassifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * {@code train cascade-band --dev F --transformer T --budget B}: chooses the cascade's band on CT24 dev. For every
 * band it scores dev with the fast model outside the band and the transformer inside, and keeps the band with the
 * best smoothed F1 (mean F1 over neighbouring bands, less noisy than one point) among those that send at most the
 * budget's share of sentences to the transformer. Prints every band and the choice as JSON lines; dev-test is never
 * read.
 */
final class CascadeBandCommand {

    private static final double[] BANDS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.4, 1.6, 1.8,
            2.0, 2.5, 3.0, 4.0, 6.0, 100};

    int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(arguments, Set.of("dev", "transformer", "budget"), Set.of());
        args.noPositional("train cascade-band");
        Path dev = Args.existingFile(args.required("dev"), "--dev");
        Path file = Args.existingFile(args.required("transformer"), "--transformer");
        Double budget = args.doubleOption("budget");
        TransformerClassifier transformer;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            transformer = TransformerClassifier.read(in);
        }
        CheckworthinessCascade cascade = new CheckworthinessCascade(CheckworthinessModel.bundled(), transformer, 1);
        List<LabelledSentence> rows = CheckThatReader.read(dev);
        double[] fast = new double[rows.size()];
        double[] slow = new double[rows.size()];
        boolean[] labels = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            fast[i] = cascade.fastMargin(SentenceCues.of(rows.get(i).text()));
            slow[i] = cascade.transformerMargin(rows.get(i).text());
            labels[i] = rows.get(i).checkworthy();
        }
        double[] f1 = new double[BANDS.length];
        double[] share = new double[BANDS.length];
        for (int b = 0; b < BANDS.length; b++) {
            BinaryScores scores = scores(fast, slow, labels, BANDS[b]);
            f1[b] = scores.f1();
            share[b] = share(fast, BANDS[b]);
            ObjectNode line = Json.object();
            line.put("band", BANDS[b]);
            line.put("transformerShare", Json.round(share[b]));
            line.put("devF1", Json.round(scores.f1()));
            line.put("tp", scores.tp());
            line.put("fp", scores.fp());
            line.put("fn", scores.fn());
            out.println(Json.line(line));
        }
        int chosen = 0;
        double best = -1;
        for (int b = 0; b < BANDS.length; b++) {
            double smoothed = (f1[Math.max(0, b - 1)] + f1[b] + f1[Math.min(BANDS.length - 1, b + 1)]) / 3;
            if ((budget == null || share[b] <= budget) && smoothed > best) {
                best = smoothed;
                chosen = b;
            }
        }
        ObjectNode choice = Json.object();
        choice.put("chosenBand", BANDS[chosen]);
        choice.put("transformerShare", Json.round(share[chosen]));
        choice.put("devSmoothedF1", Json.round(best));
        choice.put("devF1", Json.round(f1[chosen]));
        choice.put("transformerAloneDevF1", Json.round(scores(fast, slow, labels, Double.MAX_VALUE).f1()));
        choice.put("fastAloneDevF1", Json.round(scores(fast, slow, labels, 0).f1()));
        out.println(Json.line(choice));
        return 0;
    }

    /** Margins are log-odds about each stage's threshold, so the cascade decides at margin 0. */
    private static BinaryScores scores(double[] fast, double[] slow, boolean[] labels, double band) {
        double[] margins = new double[fast.length];
        for (int i = 0; i < fast.length; i++) {
            margins[i] = Math.abs(fast[i]) < band ? slow[i] : fast[i];
        }
        return ThresholdSweep.score(margins, labels, 0);
    }

    private static double share(double[] fast, double band) {
        int inside = 0;
        for (double z : fast) {
            if (Math.abs(z) < band) {
                inside++;
            }
        }
        return (double) inside / fast.length;
    }
}
