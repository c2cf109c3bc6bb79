package io.policylens.claims.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Result of trying the extractor on submitted text. */
@RegisterForReflection
@Schema(description = "Claims found in the submitted text")
public record ExtractResponse(
        @Schema(example = "claims-1.0+cw-lr-1") String extractorVersion,
        @Schema(example = "documents-pipeline/3") String pipelineVersion,
        @Schema(description = "Sentences found, headings included", example = "4") int sentences,
        @Schema(description = "The normalised text all offsets point into") String text,
        List<ExtractedClaimView> claims) {
}
