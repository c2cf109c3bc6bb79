package io.policylens.documents.analysis;

import io.policylens.documents.sentences.Sentence;
import io.policylens.documents.text.Block;
import io.policylens.documents.text.BlockKind;
import io.policylens.documents.text.ContentFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed documents in {@code ../shared/corpus/seeds} are the reference for noise removal and structure.
 * They are read at test time (nothing of their text is copied here); the test is skipped when the shared
 * folder is not beside the clone. Set {@code -Dpolicylens.shared=/path/to/shared} to point elsewhere.
 */
class SeedCorpusReferenceTest {

    private static final List<String> NOISE = List.of("Related Posts", "1 of 157", "jobs board", "Photo from",
            "Image Credit", "Credit:", "Source link", "About the Author", "registered under the FARA", " | ",
            "\u00a0|\u00a0", "Recent Features", "Dreaming of a career", "Find your", "Shutterstock",
            "The views expressed here");

    private static Path seeds;
    private static final DocumentAnalyser ANALYSER = new DocumentAnalyser();

    @BeforeAll
    static void findSeeds() {
        seeds = locateSeeds();
        assumeTrue(seeds != null, "shared/corpus/seeds not found beside the repository; seed reference test skipped");
    }

    static Path locateSeeds() {
        String shared = System.getProperty("policylens.shared");
        if (shared != null && !shared.isBlank()) {
            Path candidate = Path.of(shared, "corpus", "seeds");
            return Files.isDirectory(candidate) ? candidate : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path sibling = dir.resolveSibling("shared").resolve("corpus").resolve("seeds");
            if (Files.isDirectory(sibling)) {
                return sibling;
            }
        }
        return null;
    }

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static AnalysedDocument analyse(Path file) throws IOException {
        return ANALYSER.analyse(Files.readString(file, StandardCharsets.UTF_8),
                ContentFormat.fromFileName(file.getFileName().toString()));
    }

    @Test
    void thereAreSeeds() throws IOException {
        assertThat(seedFiles()).isNotEmpty();
    }

    @Test
    void noSentenceContainsNoiseAndEveryOffsetIsExact() throws IOException {
        for (Path file : seedFiles()) {
            AnalysedDocument document = analyse(file);
            assertThat(document.sentences()).as(file.toString()).isNotEmpty();
            int previousEnd = 0;
            for (AnnotatedSentence annotated : document.sentences()) {
                Sentence sentence = annotated.sentence();
                assertThat(document.text().substring(sentence.start(), sentence.end()))
                        .as("%s sentence %d", file.getFileName(), sentence.index()).isEqualTo(sentence.text());
                assertThat(sentence.start()).isGreaterThanOrEqualTo(previousEnd);
                previousEnd = sentence.end();
                assertThat(sentence.text()).as("%s sentence %d", file.getFileName(), sentence.index())
                        .doesNotContain(NOISE).isEqualTo(sentence.text().strip());
                Block block = document.blocks().get(sentence.block());
                assertThat(sentence.start()).isGreaterThanOrEqualTo(block.contentStart());
                assertThat(sentence.end()).isLessThanOrEqualTo(block.end());
                assertThat(sentence.blockKind()).isEqualTo(block.kind());
            }
            assertThat(document.text()).as(file.toString()).doesNotContain("Related Posts", "1 of 157", "jobs board",
                    "Source link", "registered under the FARA");
        }
    }

    @Test
    void everyDashBulletOfTheKeiBriefIsItsOwnListItem() throws IOException {
        Path brief = seedFiles().stream().filter(p -> p.getFileName().toString().startsWith("002_")).findFirst()
                .orElse(null);
        assumeTrue(brief != null, "KEI brief (002_*) not among the seeds");
        List<String> bullets = new ArrayList<>();
        for (String line : Files.readAllLines(brief, StandardCharsets.UTF_8)) {
            if (line.startsWith("– ")) {
                bullets.add(line.substring(2).strip());
            }
        }
        assertThat(bullets).isNotEmpty();
        AnalysedDocument document = analyse(brief);
        List<Block> items = document.blocks().stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).toList();
        assertThat(items).extracting(b -> b.content(document.text()).strip()).containsExactlyElementsOf(bullets);
        for (int i = 0; i < document.blocks().size(); i++) {
            Block block = document.blocks().get(i);
            if (block.kind() != BlockKind.LIST_ITEM) {
                continue;
            }
            int blockIndex = i;
            List<Sentence> sentences = document.sentences().stream().map(AnnotatedSentence::sentence)
                    .filter(s -> s.block() == blockIndex).toList();
            assertThat(sentences).isNotEmpty().allSatisfy(s -> {
                assertThat(s.listItem()).isTrue();
                assertThat(s.text()).doesNotStartWith("–").doesNotStartWith(" ");
            });
            assertThat(block.text(document.text())).startsWith("– ");
            assertThat(sentences.get(0).start()).isEqualTo(block.contentStart());
        }
    }

    @Test
    void realContentOfTheSeedsSurvives() throws IOException {
        for (Path file : seedFiles()) {
            AnalysedDocument document = analyse(file);
            // every long prose line of the raw file (the body) ends up in the normalised text, word for word
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String stripped = line.strip();
                if (stripped.length() < 300 || stripped.startsWith("–")) {
                    continue;
                }
                assertThat(document.text()).as("%s keeps a body paragraph", file.getFileName())
                        .contains(stripped.substring(0, 120));
            }
        }
    }
}
