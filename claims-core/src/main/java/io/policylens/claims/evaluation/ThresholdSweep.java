package io.policylens.claims.evaluation;

/** Picks the decision threshold that maximises positive-class F1 on a development set. */
public final class ThresholdSweep {

    public record Choice(double threshold, BinaryScores scores) {
    }

    private ThresholdSweep() {
    }

    public static Choice best(double[] probabilities, boolean[] labels) {
        Choice best = null;
        for (int step = 5; step <= 95; step++) {
            double threshold = step / 100.0;
            BinaryScores scores = score(probabilities, labels, threshold);
            if (best == null || scores.f1() > best.scores().f1()) {
                best = new Choice(threshold, scores);
            }
        }
        return best;
    }

    public static BinaryScores score(double[] probabilities, boolean[] labels, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean predicted = probabilities[i] >= threshold;
            if (predicted && labels[i]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (labels[i]) {
                fn++;
            }
        }
        return new BinaryScores(tp, fp, fn);
    }
}
