package io.policylens.system.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Submits the files of a corpus folder through the gateway ({@code POST /api/v1/documents}) as one partner. */
public final class CorpusIngest {

    /** What happened to the submissions: 201 created, 200 already stored, anything else rejected. */
    public record Report(List<UUID> ids, int created, int existing, List<String> rejected) {
    }

    private final GatewayClient gateway;
    private final String who;

    public CorpusIngest(GatewayClient gateway, String who) {
        this.gateway = gateway;
        this.who = who;
    }

    public Report submit(List<Path> files, String visibility, Consumer<String> log) {
        List<UUID> ids = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int created = 0;
        int existing = 0;
        for (Path file : files) {
            String format = CorpusFolder.format(file).orElseThrow();
            ApiResponse answer = gateway.post(who, "/api/v1/documents",
                    Map.of("content", read(file), "format", format, "visibility", visibility));
            switch (answer.status()) {
                case 201 -> {
                    created++;
                    ids.add(UUID.fromString(answer.json().path("id").asText()));
                }
                case 200 -> {
                    existing++;
                    ids.add(UUID.fromString(answer.json().path("id").asText()));
                }
                default -> {
                    rejected.add(file.getFileName() + ": " + answer);
                    log.accept("  " + file.getFileName() + ": " + answer);
                }
            }
        }
        return new Report(List.copyOf(ids), created, existing, List.copyOf(rejected));
    }

    private static String read(Path file) {
        try {
            // lenient decoding, like the multipart upload: a stray byte becomes U+FFFD instead of failing the corpus
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
