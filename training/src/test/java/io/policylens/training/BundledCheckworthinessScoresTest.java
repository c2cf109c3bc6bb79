package io.policylens.training;

import io.policylens.training.evaluation.ThresholdSweep;
import io.policylens.claims.model.CheckworthinessCascade;
import io.policylens.claims.model.ModelCard;
import io.policylens.claims.text.SentenceCues;
import io.policylens.training.CheckThatReader;
import io.policylens.training.LabelledSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Pins the bundled models' CT24 dev scores to the figures their model card records, so a changed model file,
 * tokenizer, forward pass or band fails the build instead of drifting silently. Reads ../shared/eval at test time
 * (skipped when it is not beside the clone; -Dpolicylens.shared points elsewhere).
 */
class BundledCheckworthinessScoresTest {

    private static List<LabelledSentence> dev;
    private static final ModelCard CARD = CheckworthinessCascade.card();

    @BeforeAll
    static void readDev() throws IOException {
        Path file = locate("eval/checkthat2024/CT24_checkworthy_english_dev.tsv");
        assumeTrue(file != null, "shared/eval not found beside the repository; CT24 dev pin skipped");
        dev = CheckThatReader.read(file);
    }

    @Test
    void fastModelKeepsItsDevScore() {
        CheckworthinessCascade cascade = CheckworthinessCascade.bundled();
        assertThat(f1(cues -> cascade.fastMargin(cues))).isCloseTo(CARD.number("dev.fast.f1"), within(0.0015));
    }

    @Test
    void cascadeKeepsItsDevScoreAndShare() {
        CheckworthinessCascade cascade = CheckworthinessCascade.bundled();
        assertThat(cascade.band()).isEqualTo(CARD.band());
        assertThat(f1(cascade::margin)).isCloseTo(CARD.number("dev.cascade.f1"), within(0.0015));
        long inBand = dev.stream().filter(s -> cascade.uncertain(cascade.fastMargin(SentenceCues.of(s.text()))))
                .count();
        assertThat((double) inBand / dev.size()).isCloseTo(CARD.number("dev.cascade.transformerShare"), within(0.0015));
    }

    private static double f1(ToDoubleFunction<SentenceCues> margin) {
        double[] margins = new double[dev.size()];
        boolean[] labels = new boolean[dev.size()];
        for (int i = 0; i < margins.length; i++) {
            margins[i] = margin.applyAsDouble(SentenceCues.of(dev.get(i).text()));
            labels[i] = dev.get(i).checkworthy();
        }
        return ThresholdSweep.score(margins, labels, 0).f1(); // margins decide at 0
    }

    private static Path locate(String relative) {
        String shared = System.getProperty("policylens.shared");
        if (shared != null && !shared.isBlank()) {
            Path candidate = Path.of(shared).resolve(relative);
            return Files.isRegularFile(candidate) ? candidate : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
