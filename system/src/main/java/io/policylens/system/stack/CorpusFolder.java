package io.policylens.system.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The documents of a corpus folder: its .txt, .html/.htm and .md/.markdown files (not recursive), sorted by name. */
public final class CorpusFolder {

    private CorpusFolder() {
    }

    public static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no corpus folder: " + folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(p -> format(p).isPresent()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The submission format of a file by its extension: text, html or markdown. */
    public static Optional<String> format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of("text");
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of("html");
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of("markdown");
        }
        return Optional.empty();
    }
}
