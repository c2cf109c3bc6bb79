package io.policylens.cli;

import io.policylens.documents.text.ContentFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The input documents of a folder: every .txt, .html (.htm), .md (.markdown) file, sorted by name. */
final class DocumentFiles {

    private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".md", ".markdown");

    private DocumentFiles() {
    }

    /** One input document: its base name (file name without extension), format and raw content. */
    record InputDocument(String name, Path path, ContentFormat format, String content) {
    }

    static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> supported(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static boolean supported(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    static String baseName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static InputDocument read(Path path) {
        try {
            // invalid UTF-8 is replaced rather than rejected: the extraction must still see the rest
            String content = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            String fileName = path.getFileName().toString();
            return new InputDocument(baseName(path), path, ContentFormat.fromFileName(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static List<InputDocument> readAll(Path dir) {
        return list(dir).stream().map(DocumentFiles::read).toList();
    }
}
