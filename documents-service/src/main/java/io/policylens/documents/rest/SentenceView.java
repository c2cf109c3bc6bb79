package io.policylens.documents.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A sentence with exact offsets into the document text, its place in the structure and its annotations. */
@RegisterForReflection
@Schema(description = "A sentence: text.substring(start, end) of the document's normalised text")
public record SentenceView(
        @Schema(example = "3") int index,
        @Schema(example = "512") int start,
        @Schema(example = "601") int end,
        @Schema(example = "South Korea accounts for 20 percent of the global semiconductor market.") String text,
        @Schema(description = "Nearest heading above", example = "Background") String section,
        @Schema(description = "Index of the block (paragraph, list item, heading)", example = "4") int block,
        @Schema(example = "paragraph", enumeration = {"heading", "paragraph", "list_item"}) String kind,
        boolean listItem,
        List<EntityView> entities,
        List<DocumentView.TopicView> topics) {

    @RegisterForReflection
    public record EntityView(@Schema(example = "south-korea") String id, @Schema(example = "South Korea") String name,
                             @Schema(example = "country") String type, int start, int end) {
    }
}
