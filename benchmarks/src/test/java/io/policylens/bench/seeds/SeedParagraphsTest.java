package io.policylens.bench.seeds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedParagraphsTest {

    @Test
    void readsTheParagraphsOfTextAndMarkdownFilesInNameOrder(@TempDir Path seeds) throws Exception {
        Files.writeString(seeds.resolve("b.md"), "# Heading\r\n\r\nThird paragraph\r\nabout energy.\r\n");
        Files.writeString(seeds.resolve("a.txt"), "  First paragraph about chips.\n\n \n\nSecond about steel.\n\n");
        Files.writeString(seeds.resolve("c.html"), "<p>not used</p>");

        assertThat(SeedParagraphs.read(seeds)).containsExactly("First paragraph about chips.",
                "Second about steel.", "# Heading", "Third paragraph\nabout energy.");
    }

    @Test
    void aFolderWithoutParagraphsIsRefused(@TempDir Path seeds) throws Exception {
        Files.writeString(seeds.resolve("empty.txt"), "\n\n  \n");

        assertThatThrownBy(() -> SeedParagraphs.read(seeds)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no .txt or .md paragraphs");
    }
}
