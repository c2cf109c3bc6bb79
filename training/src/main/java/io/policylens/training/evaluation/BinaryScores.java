package io.policylens.training.evaluation;

import java.util.Locale;

/** Precision, recall and F1 of the positive class, with the counts behind them. */
public record BinaryScores(int tp, int fp, int fn) {

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String toJson() {
        return String.format(Locale.ROOT,
                "{\"f1\":%.4f,\"precision\":%.4f,\"recall\":%.4f,\"tp\":%d,\"fp\":%d,\"fn\":%d}",
                f1(), precision(), recall(), tp, fp, fn);
    }
}
