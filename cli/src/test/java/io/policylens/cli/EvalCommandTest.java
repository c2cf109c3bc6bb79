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

/** The gold scorer end to end, on documents and labels written for this test and a fake pipeline. */
class EvalCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private Path docs;
    private Path labels;

    private void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private void corpus() throws IOException {
        docs = tmp.resolve("docs");
        labels = tmp.resolve("labels");
        // doc a: two sentences with digits; gold has only the first as a claim -> tp 1, fp 1
        write(docs.resolve("a.txt"), "The canal carried 12 million tonnes in 2021. Ferries ran 40 trips a day.\n"
                + "Lisbon should dredge the canal. Nobody likes delays.\n");
        write(labels.resolve("a.json"), """
                {"doc":"a","claims":[{"text":"The canal carried 12 million tonnes in 2021.","type":"statistic"}],
                 "recommendations":[{"text":"Lisbon should dredge the canal.","actor":"Portugal","strength":"should"}]}
                """);
        // doc b: gold claim the fake extractor misses (no digit) -> fn 1; one matching claim -> tp 1;
        // recommendation with a wrong actor
        write(docs.resolve("b.md"), "Tolls doubled after 2019. The bridge is the longest in the region.\n"
                + "The council should publish the toll data.\n");
        write(labels.resolve("b.json"), """
                {"doc":"b","claims":[{"text":"Tolls doubled after 2019.","type":"comparison"},
                                     {"text":"The bridge is the longest in the region.","type":"ranking"}],
                 "recommendations":[{"text":"The council should publish the toll data.","actor":"City Council",\
                "strength":"should"}]}
                """);
        // c has no label file: skipped with a note
        write(docs.resolve("c.txt"), "Unlabelled text with 3 numbers.\n");
        write(docs.resolve("notes.pdf"), "ignored: not a supported extension");
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), new FakePipeline());
    }

    private List<String> stdoutLines() {
        return stdout.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void claimsAreScoredMicroAveragedAndTheLastLineIsTheSummary() throws IOException {
        corpus();

        int code = run("eval", "claims", "--docs", docs.toString(), "--labels", labels.toString(), "--verbose");

        assertThat(code).isZero();
        List<String> lines = stdoutLines();
        assertThat(lines.getFirst()).contains("\"doc\":\"a\"");
        // a: tp 1 fp 1 fn 0; b: tp 1 fp 0 fn 1 -> P = 2/3, R = 2/3
        assertThat(lines.getLast()).isEqualTo(
                "{\"claims\":{\"precision\":0.6667,\"recall\":0.6667,\"f1\":0.6667,\"tp\":2,\"fp\":1,\"fn\":1}}");
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertThat(err).contains("no label file for c.txt");
        assertThat(err).contains("FP a").contains("Ferries ran 40 trips a day.");
        assertThat(err).contains("FN b").contains("The bridge is the longest in the region.");
        assertThat(err).doesNotContain("notes.pdf");
    }

    @Test
    void recommendationsReportActorAccuracyOnMatchedItems() throws IOException {
        corpus();

        int code = run("eval", "recommendations", "--docs", docs.toString(), "--labels", labels.toString());

        assertThat(code).isZero();
        assertThat(stdoutLines().getLast()).isEqualTo("{\"recommendations\":{\"precision\":1.0,\"recall\":1.0,"
                + "\"f1\":1.0,\"tp\":2,\"fp\":0,\"fn\":0,\"actor_accuracy\":0.5}}");
    }

    @Test
    void aClaimThatIsAlsoARecommendationCountsOnlyAsARecommendation() throws IOException {
        docs = tmp.resolve("docs");
        labels = tmp.resolve("labels");
        write(docs.resolve("d.txt"), "Lisbon should build 3 new locks.\n");
        write(labels.resolve("d.json"), """
                {"doc":"d","claims":[],"recommendations":[{"text":"Lisbon should build 3 new locks.",\
                "actor":"Portugal","strength":"should"}]}
                """);

        run("eval", "claims", "--docs", docs.toString(), "--labels", labels.toString());

        assertThat(stdoutLines().getLast()).contains("\"tp\":0,\"fp\":0,\"fn\":0");
    }

    @Test
    void goldSentencesWithHardLineBreaksAreMatchedByPredictionsFromNormalisedText() throws IOException {
        docs = tmp.resolve("docs");
        labels = tmp.resolve("labels");
        String original = "Header line\n\nThe canal carried 12 million\ntonnes in 2021.\n";
        write(docs.resolve("e.txt"), original);
        write(labels.resolve("e.json"), """
                {"doc":"e","claims":[{"text":"The canal carried 12 million\\ntonnes in 2021.","type":"statistic"}],\
                "recommendations":[]}
                """);
        ExtractionPipeline unwrapping = new FakePipeline() {
            @Override
            io.policylens.documents.analysis.AnalysedDocument analyse(String content,
                    io.policylens.documents.text.ContentFormat format) {
                return super.analyse(content.replace("million\n", "million "), format);
            }
        };

        int code = Main.run(new String[] {"eval", "claims", "--docs", docs.toString(), "--labels", labels.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8),
                unwrapping);

        assertThat(code).isZero();
        assertThat(stdoutLines().getLast()).contains("\"tp\":1,\"fp\":0,\"fn\":0");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("could not be located");
    }

    @Test
    void goldScorerCountsUnlocatedPredictionsAndKeepsThemAsFalsePositives() {
        String original = "One sentence with 5 words. Another sentence here.";
        GoldScorer.DocumentScore score = GoldScorer.score("x", original,
                io.policylens.documents.text.ContentFormat.TEXT,
                original.length(),
                List.of(new GoldLabels.GoldItem("One sentence with 5 words.", "statistic", null, null)),
                List.of(new GoldScorer.Prediction("One sentence with 5 words.", 0, 26, "statistic", null, null),
                        new GoldScorer.Prediction("A sentence that the file does not contain at all.", 27, 49, "event",
                                null, null)));

        assertThat(score.scores().tp()).isEqualTo(1);
        assertThat(score.scores().fp()).isEqualTo(1);
        assertThat(score.unlocatedPredictions()).isEqualTo(1);
        assertThat(score.sameType()).isEqualTo(1);
    }
}
