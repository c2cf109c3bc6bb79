package io.policylens.claims.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A claim found in submitted text (nothing stored). */
@RegisterForReflection
@Schema(description = "A claim found in the submitted text; offsets point into the normalised text")
public record ExtractedClaimView(
        @Schema(example = "0") int start,
        @Schema(example = "62") int end,
        @Schema(example = "South Korea accounts for 60 percent of the global DRAM market.") String text,
        @Schema(example = "statistic") String type,
        @Schema(example = "0.99") double score,
        @Schema(example = "false") boolean hedged,
        @Schema(example = "[]") List<String> hedges,
        List<QuantityView> quantities,
        @Schema(example = "[\"south-korea\"]") List<String> entities,
        @Schema(example = "[\"semiconductors\"]") List<String> topics,
        SourceView citedSource,
        @Schema(example = "Background") String section,
        @Schema(example = "0") int sentenceIndex) {
}
