package io.policylens.claims.model;

import io.policylens.claims.features.CheckworthinessFeatures;
import io.policylens.claims.text.SentenceCues;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CheckworthinessModelTest {

    private static LinearModel constantNgrams(float bias, float threshold) {
        return new LinearModel("t", new float[new CheckworthinessFeatures().dimensions()], bias, threshold);
    }

    private static final List<String> VOCABULARY = List.of("[UNK]", "jobs", "thanks");

    @Test
    void blendsTheTwoLogitsByThePieceModelsWeight() {
        WordPieceScores pieces = new WordPieceScores("t", VOCABULARY, new float[]{0f, 3f, -1f}, 0.5f, 0.25f);
        CheckworthinessModel model = new CheckworthinessModel(constantNgrams(-1f, 0.4f), pieces);
        // n-gram logit -1; piece logit 0.5 + mean(3, 0) = 2 for "jobs ?" ("?" is [UNK])
        double expected = 1 / (1 + Math.exp(-(0.75 * -1 + 0.25 * 2.0)));
        assertThat(model.probability("Jobs?")).isCloseTo(expected, within(1e-9));
        assertThat(model.threshold()).isCloseTo(0.4, within(1e-6));
        SentenceCues cues = SentenceCues.of("Jobs?");
        assertThat(model.ngramLogit(cues)).isCloseTo(-1.0, within(1e-9));
        assertThat(model.pieceLogit(cues)).isCloseTo(2.0, within(1e-6));
        assertThat(model.blendWeight()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void aZeroBlendWeightLeavesTheNgramModelAlone() {
        WordPieceScores pieces = new WordPieceScores("t", VOCABULARY, new float[]{0f, 3f, -1f}, 0.5f, 0f);
        CheckworthinessModel model = new CheckworthinessModel(constantNgrams(1f, 0.5f), pieces);
        assertThat(model.probability("thanks thanks")).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-9));
    }

    @Test
    void rejectsAnNgramModelOfTheWrongSize() {
        WordPieceScores pieces = new WordPieceScores("t", VOCABULARY, new float[3], 0f, 0.5f);
        assertThatThrownBy(() -> new CheckworthinessModel(new LinearModel("t", new float[4], 0f, 0.5f), pieces))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bundledModelSeparatesFiguresAndRecordsFromCourtesiesAndOpinions() {
        CheckworthinessModel model = CheckworthinessModel.bundled();
        double threshold = model.threshold();
        assertThat(model.probability("Since 2019 the state has cut its prison population by 14 percent."))
                .isGreaterThan(threshold);
        assertThat(model.probability("The company paid $2.3 billion in taxes last year, twice what it paid in 2015."))
                .isGreaterThan(threshold);
        assertThat(model.probability("Thank you so much, it is wonderful to be back in Ohio.")).isLessThan(threshold);
        assertThat(model.probability("I think we can all do better than this.")).isLessThan(threshold);
    }
}
