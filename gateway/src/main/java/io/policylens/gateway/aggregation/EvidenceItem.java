package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * One supporting claim of a recommendation: the link, the claim as claims-service serves it, and
 * its exact source span.
 */
@RegisterForReflection
@Schema(description = "A claim supporting the recommendation, traced to its source span")
public record EvidenceItem(
        @Schema(example = "0b6d1f0e-8c39-3e0f-9a53-2f4d9c1e7a21") UUID claimId,
        @Schema(description = "Why recommendations-service linked the claim",
                        example = "shares south-korea, united-states; 2 sentences before")
                String reason,
        @Schema(description = "Strength of the link, 0 to 1", example = "0.42") double linkScore,
        @Schema(description = "claims-service: the claim and its span come from claims-service; evidence-link: "
                + "claims-service could not give the claim (down, or the claim is gone), so the span is the one stored "
                + "with the link",
                        enumeration = {"claims-service", "evidence-link"}, example = "claims-service")
                String origin, @Schema(description = "The claim as claims-service serves it (type, score, figures, "
                        + "review); null when origin is evidence-link")
                JsonNode claim,
        SourceSpan source) {

    public static final String FROM_CLAIMS = "claims-service";
    public static final String FROM_LINK = "evidence-link";
}
