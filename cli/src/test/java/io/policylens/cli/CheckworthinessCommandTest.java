package io.policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckworthinessCommandTest {

    @TempDir
    Path tmp;

    /** Scores a sentence 0.9 when it has a digit, 0.2 otherwise. */
    private static final CheckworthinessCommand.SentenceScorer DIGITS = new CheckworthinessCommand.SentenceScorer() {
        @Override
        public double score(String sentence) {
            return sentence.matches(".*\\d.*") ? 0.9 : 0.2;
        }

        @Override
        public double defaultThreshold() {
            return 0.5;
        }
    };

    @Test
    void printsPositiveClassF1AsTheLastLine() throws IOException {
        Path tsv = tmp.resolve("cw.tsv");
        Files.writeString(tsv, """
                Sentence_id\tText\tclass_label
                1\tWe built 30 schools.\tYes
                2\tI love this town.\tNo
                3\tTaxes fell last year.\tYes
                4\tCall 555 now, folks.\tNo
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = new CheckworthinessCommand(DIGITS).run(List.of("--tsv", tsv.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(code).isZero();
        // tp 1 (row 1), fp 1 (row 4), fn 1 (row 3)
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList().getLast())
                .isEqualTo("{\"f1\":0.5,\"precision\":0.5,\"recall\":0.5}");
    }

    @Test
    void readsColumnsByHeaderName() throws IOException {
        Path tsv = tmp.resolve("swapped.tsv");
        Files.writeString(tsv, "class_label\tSentence_id\tText\nYes\t7\tA \"quoted\" claim of 3 things.\n");

        List<CheckworthinessCommand.Row> rows = CheckworthinessCommand.read(tsv);

        assertThat(rows).containsExactly(new CheckworthinessCommand.Row("7", "A \"quoted\" claim of 3 things.", true));
    }
}
