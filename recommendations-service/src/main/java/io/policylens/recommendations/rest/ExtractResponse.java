package io.policylens.recommendations.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What the extractor found; offsets point into the normalised text (for plain text: the input). */
@RegisterForReflection
@Schema(description = "Recommendations found in the submitted text")
public record ExtractResponse(
        @Schema(example = "recommendations-1.2.0") String extractorVersion,
        List<Item> recommendations) {

    @RegisterForReflection
    @Schema(name = "ExtractedRecommendation")
    public record Item(
            @Schema(example = "0") int start,
            @Schema(example = "72") int end,
            @Schema(example = "Washington and Seoul should coordinate export controls on semiconductors.") String text,
            @Schema(example = "United States and South Korea") String actor,
            @Schema(example = "should") String strength,
            @Schema(example = "coordinate export controls on semiconductors") String action,
            List<String> topics,
            List<String> forums,
            List<String> entities,
            String section,
            int sentenceIndex,
            boolean negated) {
    }
}
