package io.policylens.training;

import io.policylens.claims.model.LinearModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogisticRegressionTrainerTest {

    /** Feature 1 marks positives, feature 2 negatives, feature 0 is shared noise. */
    private static List<LogisticRegressionTrainer.Example> toyData() {
        List<LogisticRegressionTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            examples.add(new LogisticRegressionTrainer.Example(new int[]{0, 1}, true));
            examples.add(new LogisticRegressionTrainer.Example(new int[]{0, 2}, false));
        }
        return examples;
    }

    @Test
    void averagedTrainingSeparatesASeparableProblem() {
        LinearModel model = new LogisticRegressionTrainer(8, 5, 0.1, 1e-3, 1.0, 7L, true).train(toyData(), "t");
        assertThat(model.probability(new int[]{0, 1})).isGreaterThan(0.8);
        assertThat(model.probability(new int[]{0, 2})).isLessThan(0.2);
    }

    @Test
    void trainingIsReproducibleWithAFixedSeed() {
        LinearModel a = new LogisticRegressionTrainer(8, 3, 0.1, 1e-3, 1.5, 7L, true).train(toyData(), "t");
        LinearModel b = new LogisticRegressionTrainer(8, 3, 0.1, 1e-3, 1.5, 7L, true).train(toyData(), "t");
        assertThat(a.weights()).containsExactly(b.weights());
        assertThat(a.bias()).isEqualTo(b.bias());
    }
}
