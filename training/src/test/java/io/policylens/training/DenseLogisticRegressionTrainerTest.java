package io.policylens.training;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DenseLogisticRegressionTrainerTest {

    /** The first coordinate (offset and scaled, so standardisation matters) decides the label; the second is noise. */
    private static List<float[]> inputs() {
        List<float[]> x = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean positive = i % 2 == 0;
            x.add(new float[]{100f + (positive ? 3f : -3f) + (i % 7) * 0.1f, (i % 5) * 10f});
        }
        return x;
    }

    private static boolean[] labels() {
        boolean[] y = new boolean[200];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 2 == 0;
        }
        return y;
    }

    @Test
    void weightsApplyToRawInputs() {
        DenseLogisticRegressionTrainer.Weights w = new DenseLogisticRegressionTrainer(10, 1e-4, 1.0, 3L)
                .train(inputs(), labels());
        assertThat(w.logit(new float[]{103.3f, 20f})).isGreaterThan(2.0);
        assertThat(w.logit(new float[]{96.7f, 20f})).isLessThan(-2.0);
        assertThat(Math.abs(w.weights()[1])).isLessThan(Math.abs(w.weights()[0]));
    }

    @Test
    void trainingIsReproducibleWithAFixedSeed() {
        DenseLogisticRegressionTrainer.Weights a = new DenseLogisticRegressionTrainer(4, 1e-3, 1.5, 3L).train(inputs(),
                labels());
        DenseLogisticRegressionTrainer.Weights b = new DenseLogisticRegressionTrainer(4, 1e-3, 1.5, 3L).train(inputs(),
                labels());
        assertThat(a.weights()).containsExactly(b.weights());
        assertThat(a.bias()).isCloseTo(b.bias(), within(0.0));
    }
}
