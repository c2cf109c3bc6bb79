package io.policylens.training.evaluation;

/** Picks the decision threshold that maximises positive-class F1 on a development set. */
public final class ThresholdSweep {

    /** A threshold, the scores at it, and the criterion it was chosen by (F1, or smoothed F1). */
    public record Choice(double threshold, BinaryScores scores, double criterion) {

        public Choice(double threshold, BinaryScores scores) {
            this(threshold, scores, scores.f1());
        }
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

    /**
     * The threshold whose neighbourhood (±{@code halfWidth} in steps of 0.01) has the best mean F1, with that
     * mean. Less noisy than the single best threshold on a development set of a few hundred positives:
     * a narrow F1 spike is usually luck, a broad plateau carries over to new data.
     */
    public static Choice bestSmoothed(double[] probabilities, boolean[] labels, double halfWidth) {
        int radius = (int) Math.round(halfWidth * 100);
        double[] f1 = new double[101];
        for (int step = 1; step <= 99; step++) {
            f1[step] = score(probabilities, labels, step / 100.0).f1();
        }
        Choice best = null;
        double bestMean = -1;
        for (int step = 5; step <= 95; step++) {
            double sum = 0;
            int n = 0;
            for (int k = Math.max(1, step - radius); k <= Math.min(99, step + radius); k++) {
                sum += f1[k];
                n++;
            }
            double mean = sum / n;
            if (mean > bestMean) {
                bestMean = mean;
                best = new Choice(step / 100.0, score(probabilities, labels, step / 100.0));
            }
        }
        return new Choice(best.threshold(), best.scores(), bestMean);
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
