package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a document at a glance: its size and its sections in order, derived from
 * documents-service's statistics and sentences.
 */
@RegisterForReflection
@Schema(description = "Size and sections of the document")
public record StructureSummary(
        @Schema(example = "5120") int characters,
        @Schema(example = "24") int blocks,
        @Schema(example = "61") int sentences,
        @Schema(description = "Sections in document order (the nearest heading above each sentence)")
                List<Section> sections, @Schema(description =
                                "false when the document has more sentences than were summarised", example = "true")
                boolean complete) {

    @RegisterForReflection
    public record Section(@Schema(description = "Heading; null for text before the first heading",
                            example = "Recommendations")
                    String title, @Schema(example = "7") int sentences,
            @Schema(description = "Sentences in list items", example = "4") int listItems) {}

    /**
     * Whether documents-service already sent the outline with the document (stats.sections, since
     * documents-service 0.1 +outline).
     */
    static boolean hasOutline(JsonNode document) {
        return document.path("stats").path("sections").isArray();
    }

    /** From a DocumentView whose stats carry the sections: no sentence page needed. */
    static StructureSummary of(JsonNode document) {
        JsonNode stats = document.path("stats");
        List<Section> sections = new ArrayList<>();
        for (JsonNode section : stats.path("sections")) {
            JsonNode title = section.get("title");
            sections.add(new Section(title == null || title.isNull() ? null : title.asText(),
                    section.path("sentences").asInt(), section.path("listItems").asInt()));
        }
        return new StructureSummary(stats.path("characters").asInt(), stats.path("blocks").asInt(),
                stats.path("sentences").asInt(), sections, true);
    }

    /**
     * From a DocumentView (its stats) and a page of SentenceViews (section and kind of each sentence): for a
     * documents-service that does not send the outline yet (during a rolling upgrade).
     */
    static StructureSummary of(JsonNode document, JsonNode sentencePage) {
        JsonNode stats = document.path("stats");
        Map<String, int[]> sections = new LinkedHashMap<>();
        JsonNode items = sentencePage.path("items");
        for (JsonNode sentence : items) {
            JsonNode section = sentence.get("section");
            String title = section == null || section.isNull() ? null : section.asText();
            int[] counts = sections.computeIfAbsent(title == null ? "\u0000" : title, k -> new int[2]);
            counts[0]++;
            if ("list_item".equals(sentence.path("kind").asText())) {
                counts[1]++;
            }
        }
        List<Section> ordered = new ArrayList<>();
        sections.forEach((title, counts) ->
                        ordered.add(new Section("\u0000".equals(title) ? null : title, counts[0], counts[1])));
        int sentenceCount = stats.path("sentences").asInt(items.size());
        long total = sentencePage.path("total").asLong(items.size());
        return new StructureSummary(stats.path("characters").asInt(), stats.path("blocks").asInt(), sentenceCount,
                ordered, items.size() >= total);
    }
}
