package io.policylens.claims.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim of another document that says the same or contradicts. */
@RegisterForReflection
@Schema(description = "A matching claim of another document")
public record MatchView(
        @Schema(description = "agreeing: same statement or same figure within tolerance; conflicting: same measure, "
                + "different figure",
                        enumeration = {"agreeing", "conflicting"}, example = "conflicting")
                String kind, @Schema(description = "The shared measure when the match rests on figures",
                        example = "global DRAM market")
                String measure, @Schema(description = "This claim's figure (percent points or scaled value); null for "
                        + "wording matches", example = "60.0")
                Double value,
        @Schema(description = "The other claim's figure", example = "45.0") Double otherValue,
        @Schema(description = "Word overlap of the two sentences in [0, 1]", example = "0.8")
                double similarity, @Schema(description = "The other claim") ClaimView claim) {}
