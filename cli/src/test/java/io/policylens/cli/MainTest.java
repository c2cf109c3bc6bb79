package io.policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @TempDir
    static Path tmp;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), new FakePipeline());
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> usageErrors() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("dir"));
        String d = dir.toString();
        String missing = tmp.resolve("missing").toString();
        List<String[]> cases = List.of(
                new String[] {},
                new String[] {"frobnicate"},
                new String[] {"extract"},
                new String[] {"extract", d},
                new String[] {"extract", d, "--out"},
                new String[] {"extract", missing, "--out", "x.jsonl"},
                new String[] {"extract", d, d, "--out", "x.jsonl"},
                new String[] {"extract", d, "--out", "x.jsonl", "--bogus"},
                new String[] {"eval"},
                new String[] {"eval", "opinions", "--docs", d, "--labels", d},
                new String[] {"eval", "claims", "--docs", d},
                new String[] {"eval", "claims", "--labels", d},
                new String[] {"eval", "recommendations", "--docs", missing, "--labels", d},
                new String[] {"eval", "claims", "--docs", d, "--labels", d, "extra"},
                new String[] {"eval", "checkworthiness"},
                new String[] {"eval", "checkworthiness", "--tsv", missing},
                new String[] {"bench"},
                new String[] {"bench", "everything"},
                new String[] {"bench", "claims", "--docs", d, "--repeat", "zero"},
                new String[] {"bench", "claims", "--docs", d, "--repeat", "0"},
                new String[] {"bench", "claims", "--docs", d});  // empty folder
        return cases.stream().map(c -> org.junit.jupiter.params.provider.Arguments.of((Object) c));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void usageErrorsExitWithCode2AndAMessageOnStderr(String[] args) {
        int code = run(args);

        assertThat(code).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).startsWith("policylens: ").contains("usage:");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("eval checkworthiness --tsv");
    }

    @Test
    void benchPrintsOneJsonLineWithThroughput() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("bench"));
        Files.writeString(docs.resolve("x.txt"), "Bridges: 4 were built. Lisbon should build more.");

        int code = run("bench", "pipeline", "--docs", docs.toString(), "--repeat", "3", "--warmup", "1");

        assertThat(code).isZero();
        String out = stdout.toString(StandardCharsets.UTF_8).strip();
        assertThat(out.lines()).hasSize(1);
        assertThat(out).startsWith("{\"bench\":\"pipeline\"").contains("\"sentences_per_second\":")
                .contains("\"mb_per_second\":");
    }
}
