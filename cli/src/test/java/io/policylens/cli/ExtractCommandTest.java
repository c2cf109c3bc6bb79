package io.policylens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), new FakePipeline());
    }

    @Test
    void writesOneJsonObjectPerItemInDocumentAndTextOrder() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("b-second.txt"), "The lock opened in 1998. Lisbon should widen it.\n");
        Files.writeString(in.resolve("a-first.md"), "Boats should slow down. Traffic grew by 7 percent.\n");
        Files.writeString(in.resolve("skip.json"), "{}");
        Path out = tmp.resolve("out/items.jsonl");

        int code = run("extract", in.toString(), "--out", out.toString());

        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly(
                "{\"doc\":\"a-first\",\"kind\":\"recommendation\",\"text\":\"Boats should slow "
                        + "down.\",\"start\":0,\"end\":23,"
                        + "\"actor\":null,\"strength\":\"should\"}",
                "{\"doc\":\"a-first\",\"kind\":\"claim\",\"text\":\"Traffic grew by 7 "
                        + "percent.\",\"start\":24,\"end\":50,"
                        + "\"type\":\"statistic\",\"score\":0.8765}",
                "{\"doc\":\"b-second\",\"kind\":\"claim\",\"text\":\"The lock opened in 1998.\",\"start\":0,\"end\":24,"
                        + "\"type\":\"statistic\",\"score\":0.8765}",
                "{\"doc\":\"b-second\",\"kind\":\"recommendation\",\"text\":\"Lisbon should widen "
                        + "it.\",\"start\":25,\"end\":48,"
                        + "\"actor\":\"Portugal\",\"strength\":\"should\"}");
        for (String line : lines) {
            JsonNode node = Json.MAPPER.readTree(line);
            assertThat(node.get("kind").asText()).isIn("claim", "recommendation");
        }
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("2 documents, 2 claims, 2 recommendations");
    }

    @Test
    void claimsOverlappingARecommendationAndRepeatedSentencesAreDropped() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("r.txt"),
                "Lisbon should fund 2 ferries. Ridership rose 9 percent. Lisbon should fund 2 ferries.\n");
        Path out = tmp.resolve("r.jsonl");

        run("extract", in.toString(), "--out", out.toString());

        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            nodes.add(Json.MAPPER.readTree(line));
        }
        assertThat(nodes).extracting(n -> n.get("kind").asText() + ":" + n.get("text").asText())
                .containsExactly("recommendation:Lisbon should fund 2 ferries.", "claim:Ridership rose 9 percent.");
    }

    @Test
    void outputCanGoToStandardOutput() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("s.html"), "Nothing to see here.");

        int code = run("extract", in.toString(), "--out", "-");

        assertThat(code).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("1 documents, 0 claims, 0 recommendations");
    }

    @Test
    void aDocumentThatFailsIsReportedAndTheOthersAreStillWritten() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good.txt"), "There were 4 piers.");
        Files.writeString(in.resolve("bad.txt"), "boom");
        Path out = tmp.resolve("f.jsonl");
        ExtractionPipeline failing = new FakePipeline() {
            @Override
            io.policylens.documents.analysis.AnalysedDocument analyse(String content,
                    io.policylens.documents.text.ContentFormat format) {
                if (content.equals("boom")) {
                    throw new IllegalStateException("cannot analyse");
                }
                return super.analyse(content, format);
            }
        };

        int code = Main.run(new String[] {"extract", in.toString(), "--out", out.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8),
                failing);

        assertThat(code).isEqualTo(1);
        assertThat(Files.readAllLines(out)).hasSize(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("bad.txt").contains("cannot analyse");
    }
}
