package io.policylens.claims.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WordPieceScoresTest {

    private final WordPieceScores scores = new WordPieceScores("wp-t", List.of("[UNK]", "percent", "thanks", "rose"),
            new float[]{0f, 2f, -3f, 1f}, -0.5f, 0.3f);

    @Test
    void logitIsTheBiasPlusTheMeanPieceScore() {
        assertThat(scores.logit(new int[]{1, 3})).isCloseTo(-0.5 + 1.5, within(1e-9));
        assertThat(scores.logit(new int[]{2})).isCloseTo(-3.5, within(1e-9));
        assertThat(scores.logit(new int[0])).isCloseTo(-0.5, within(1e-9));
    }

    @Test
    void roundTripsWithQuantisedScores() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        scores.write(out);
        WordPieceScores read = WordPieceScores.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.version()).isEqualTo("wp-t");
        assertThat(read.vocabulary()).isEqualTo(scores.vocabulary());
        assertThat(read.blendWeight()).isEqualTo(0.3f);
        assertThat(read.logit(new int[]{1, 2, 3})).isCloseTo(scores.logit(new int[]{1, 2, 3}), within(1e-3));
    }

    @Test
    void tokenizerUsesTheModelsVocabulary() {
        assertThat(scores.tokenizer().ids("Thanks, it rose 3 percent")).containsExactly(2, 0, 0, 3, 0, 1);
    }
}
