package io.policylens.cli;

/** True positive, false positive and false negative counts with the metrics derived from them. */
final class Scores {

    private int tp;
    private int fp;
    private int fn;

    Scores() {
    }

    Scores(int tp, int fp, int fn) {
        this.tp = tp;
        this.fp = fp;
        this.fn = fn;
    }

    /** Micro-averaging: counts are summed over documents, the metrics are computed from the sums. */
    void add(Scores other) {
        tp += other.tp;
        fp += other.fp;
        fn += other.fn;
    }

    int tp() {
        return tp;
    }

    int fp() {
        return fp;
    }

    int fn() {
        return fn;
    }

    /** 0 when nothing was predicted. */
    double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    /** 0 when there is no gold item. */
    double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return "Scores[tp=" + tp + ", fp=" + fp + ", fn=" + fn + "]";
    }
}
