package io.policylens.bench.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The paragraphs of a seed folder (the shared corpus' seeds, read at run time: nothing of it is copied into the
 * repository), from which every benchmark that needs realistic load builds its documents: the system benchmark, the
 * HTTP ingest load generator and the change applier's CPU benchmark. One reader, so they all split the same text the
 * same way. Here, in plain Java, because the benchmarks module is outside the product: the stack tool depends on it,
 * a service only in test scope.
 */
public final class SeedParagraphs {

    private SeedParagraphs() {
    }

    /** Non-blank paragraphs (blank-line separated, stripped) of every .txt and .md file of the folder, by file name. */
    public static List<String> read(Path folder) {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".txt") && !name.endsWith(".md")) {
                    continue;
                }
                String content = Files.readString(file, StandardCharsets.UTF_8);
                for (String paragraph : content.replace("\r\n", "\n").split("\n\\s*\n")) {
                    if (!paragraph.isBlank()) {
                        paragraphs.add(paragraph.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed folder " + folder, e);
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no .txt or .md paragraphs in " + folder);
        }
        return paragraphs;
    }
}
