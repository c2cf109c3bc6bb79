package io.policylens.training;

import io.policylens.claims.model.CheckworthinessModel;
import io.policylens.claims.text.SentenceCues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CheckworthinessLogitsTest {

    private static final String CLAIM = "Since 2019 the state has cut its prison population by 14 percent.";
    private static final String GREETING = "Thank you so much, it is wonderful to be back in Ohio.";

    @Test
    void writesBothHalvesThatTheBundledBlendRecombines(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("ct.tsv");
        Files.writeString(tsv, "Sentence_id\tText\tclass_label\n1\t" + CLAIM + "\tYes\n2\t" + GREETING + "\tNo\n");
        Path out = dir.resolve("logits.tsv");

        CheckworthinessLogits.main(new String[]{tsv.toString(), out.toString()});

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).endsWith("\t1");
        assertThat(lines.get(1)).endsWith("\t0");
        double weight = CheckworthinessModel.bundled().blendWeight();
        for (int i = 0; i < 2; i++) {
            String[] columns = lines.get(i).split("\t");
            double z = (1 - weight) * Double.parseDouble(columns[0]) + weight * Double.parseDouble(columns[1]);
            double expected = CheckworthinessModel.bundled().probability(SentenceCues.of(i == 0 ? CLAIM : GREETING));
            assertThat(1 / (1 + Math.exp(-z))).isCloseTo(expected, within(1e-5));
        }
    }
}
