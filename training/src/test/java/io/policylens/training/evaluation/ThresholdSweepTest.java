package io.policylens.training.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThresholdSweepTest {

    @Test
    void smoothedChoicePrefersABroadPlateauToANarrowSpike() {
        // positives at 0.60-0.69 and one lucky positive at 0.30; negatives spread below
        double[] p = {0.60, 0.62, 0.64, 0.66, 0.68, 0.30, 0.29, 0.28, 0.27, 0.26, 0.25, 0.50, 0.45, 0.40};
        boolean[] y = {true, true, true, true, true, true, false, false, false, false, false, false, false, false};
        ThresholdSweep.Choice smoothed = ThresholdSweep.bestSmoothed(p, y, 0.05);
        assertThat(smoothed.threshold()).isBetween(0.46, 0.60);
        assertThat(smoothed.criterion()).isBetween(0.0, 1.0);
        assertThat(smoothed.scores().tp()).isEqualTo(5);
    }

    @Test
    void plainChoiceReportsF1AsItsCriterion() {
        double[] p = {0.9, 0.8, 0.2, 0.1};
        boolean[] y = {true, true, false, false};
        ThresholdSweep.Choice choice = ThresholdSweep.best(p, y);
        assertThat(choice.criterion()).isEqualTo(choice.scores().f1());
        assertThat(choice.scores().f1()).isEqualTo(1.0);
    }
}
