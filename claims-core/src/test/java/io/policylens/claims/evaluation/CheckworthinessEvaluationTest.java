package io.policylens.claims.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CheckworthinessEvaluationTest {

    @Test
    void scoresThePositiveClassOfATsv(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("mini.tsv");
        Files.writeString(tsv, """
                Sentence_id\tText\tclass_label
                1\tUnemployment fell to 3.4 percent in January, the lowest rate since 1969.\tYes
                2\tWe spent $800 billion on the program over ten years.\tYes
                3\tThank you all so much for being here tonight.\tNo
                4\tI hope we can all agree on that.\tNo
                """);
        BinaryScores scores = CheckworthinessEvaluation.evaluate(tsv);
        assertThat(scores.tp() + scores.fn()).isEqualTo(2);
        assertThat(scores.tp()).isEqualTo(2);
        assertThat(scores.fp()).isZero();
        assertThat(scores.f1()).isCloseTo(1.0, within(1e-9));
        assertThat(scores.toJson()).startsWith("{\"f1\":1.0000");
    }
}
