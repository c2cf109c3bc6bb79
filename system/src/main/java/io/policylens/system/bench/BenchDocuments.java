package io.policylens.system.bench;

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
 * Benchmark documents of about N bytes, built at run time from the paragraphs of a seed folder (nothing is copied
 * into the repository): each starts with a line unique to the run and document number, then seed paragraphs from a
 * rotating offset until the size is reached, so content-hash idempotency never short-circuits a submission.
 */
final class BenchDocuments {

    private final List<String> paragraphs;
    private final String run;
    private final int bytes;

    BenchDocuments(Path seeds, String run, int bytes) {
        this.paragraphs = paragraphs(seeds);
        this.run = run;
        this.bytes = bytes;
    }

    String document(int n) {
        StringBuilder text = new StringBuilder("Benchmark document ").append(run).append(" number ").append(n)
                .append(".\n\n");
        int i = (n * 7) % paragraphs.size();
        while (text.length() < bytes) {
            text.append(paragraphs.get(i)).append("\n\n");
            i = (i + 1) % paragraphs.size();
        }
        return text.toString();
    }

    static List<String> paragraphs(Path folder) {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".txt") && !name.endsWith(".md")) {
                    continue;
                }
                String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
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
