package io.policylens.claims.evaluation;

import io.policylens.claims.model.CheckworthinessModel;
import io.policylens.claims.training.CheckThatReader;
import io.policylens.claims.training.LabelledSentence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Positive-class precision, recall and F1 of the check-worthiness decision on a CheckThat!-format TSV
 * ({@code Sentence_id, Text, class_label} with Yes/No and a header row). The decision is the bundled
 * model at its threshold, which was chosen on CT24 dev only.
 *
 * <pre>java -cp ... io.policylens.claims.evaluation.CheckworthinessEvaluation path/to/file.tsv</pre>
 */
public final class CheckworthinessEvaluation {

    private CheckworthinessEvaluation() {
    }

    public static BinaryScores evaluate(Path tsv) throws IOException {
        return evaluate(tsv, CheckworthinessModel.bundled());
    }

    public static BinaryScores evaluate(Path tsv, CheckworthinessModel model) throws IOException {
        List<LabelledSentence> sentences = CheckThatReader.read(tsv);
        double[] probabilities = new double[sentences.size()];
        boolean[] labels = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            probabilities[i] = model.probability(sentences.get(i).text());
            labels[i] = sentences.get(i).checkworthy();
        }
        return ThresholdSweep.score(probabilities, labels, model.threshold());
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CheckworthinessEvaluation <file.tsv>");
            System.exit(2);
        }
        System.out.println(evaluate(Path.of(args[0])).toJson());
    }
}
