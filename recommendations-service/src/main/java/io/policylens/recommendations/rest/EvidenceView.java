package io.policylens.recommendations.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A claim supporting a recommendation; claimId is the id claims-service stores the claim under. */
@RegisterForReflection
@Schema(description = "A supporting claim of the same document")
public record EvidenceView(
        @Schema(example = "0b6d1f0e-8c39-3e0f-9a53-2f4d9c1e7a21") UUID claimId,
        @Schema(example = "58") int start,
        @Schema(example = "162") int end,
        @Schema(example = "South Korea produced 18 percent of the world's semiconductors in 2023, according to the "
                + "Ministry of Trade.")
                String text,
        @Schema(example = "0.42") double score,
        @Schema(example = "shares south-korea, united-states; 2 sentences before") String reason,
        @Schema(example = "claims-1.7+cw-blend-2") String claimsVersion) {}
