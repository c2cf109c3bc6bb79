package io.policylens.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Gold labels in the shared evaluation format: one {@code <doc>.json} file per document,
 * {@code {"doc", "claims":[{"text","type"}], "recommendations":[{"text","actor","strength"}]}}.
 */
final class GoldLabels {

    /** One gold item; type is set for claims, actor and strength for recommendations. */
    record GoldItem(String text, String type, String actor, String strength) {
    }

    record GoldDocument(String doc, List<GoldItem> claims, List<GoldItem> recommendations) {
    }

    private GoldLabels() {
    }

    /** Every label file of the folder, keyed by file base name. */
    static Map<String, GoldDocument> load(Path dir) {
        Map<String, GoldDocument> labels = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                GoldDocument document = read(file);
                labels.put(DocumentFiles.baseName(file), document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return labels;
    }

    static GoldDocument read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid label file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("invalid label file " + file + ": not a JSON object");
        }
        String doc = root.hasNonNull("doc") ? root.get("doc").asText() : DocumentFiles.baseName(file);
        return new GoldDocument(doc, items(root.get("claims"), file), items(root.get("recommendations"), file));
    }

    private static List<GoldItem> items(JsonNode array, Path file) {
        List<GoldItem> items = new ArrayList<>();
        if (array == null || array.isNull()) {
            return items;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("invalid label file " + file
                    + ": claims/recommendations must be arrays");
        }
        for (JsonNode node : array) {
            String text = text(node, "text");
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException("invalid label file " + file + ": an item has no text");
            }
            items.add(new GoldItem(text, text(node, "type"), text(node, "actor"), text(node, "strength")));
        }
        return List.copyOf(items);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
