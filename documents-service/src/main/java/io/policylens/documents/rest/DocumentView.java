package io.policylens.documents.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A document's metadata, annotations and structure statistics (the text has its own endpoint). */
@RegisterForReflection
@Schema(description = "A stored document")
public record DocumentView(
        @Schema(example = "0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11") UUID id,
        @Schema(example = "Why Tech Cooperation Matters") String title,
        List<String> authors,
        @Schema(example = "Korea Economic Institute of America") String publisher,
        @Schema(example = "2025-06-04") LocalDate publishedDate,
        String sourceUrl,
        @Schema(example = "en") String language,
        @Schema(example = "partner") String visibility,
        @Schema(example = "partner-a") String ownerOrg,
        @Schema(example = "text") String format,
        @Schema(description = "SHA-256 of format and content") String contentHash,
        @Schema(example = "1") int revision,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Topics with the share of sentences about each")
                List<TopicView> topics, @Schema(description = "Mentions per canonical entity id",
                        example = "{\"south-korea\":12,\"united-states\":9}")
                Map<String, Integer> entities,
        Stats stats) {

    @RegisterForReflection
    public record TopicView(@Schema(example = "semiconductors") String topic, @Schema(example = "0.21") double score) {}

    @RegisterForReflection
    public record Stats(int characters, int blocks, int sentences, String pipelineVersion, @Schema(description =
                                    "Sections in document order (the nearest heading above each sentence) with their "
                                    + "sentence counts, so a reader of the outline needs no sentence pages")
                    List<Section> sections) {}

    @RegisterForReflection
    public record Section(@Schema(description = "Heading; null for text before the first heading",
                            example = "Recommendations")
                    String title, @Schema(example = "7") int sentences,
            @Schema(description = "Sentences in list items", example = "4") int listItems) {}
}
