package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** GET /api/v1/recommendations/{id}/evidence: recommendation -> claims -> exact source spans. */
@RegisterForReflection
@Schema(description = "A recommendation, the claims supporting it and the exact source spans of both")
public record RecommendationEvidence(
        @Schema(description = "The recommendation as recommendations-service serves it, without its raw evidence links")
                JsonNode recommendation, @Schema(description = "The recommendation's own span in the document text")
                SourceSpan source,
        @Schema(description = "Supporting claims, best link first") List<EvidenceItem> evidence,
        @Schema(description = "true when some claims could not be read from claims-service", example = "false")
                boolean degraded, @Schema(description = "Parts missing: 'claims' (claims-service unavailable) or "
                        + "'claim:<id>' (claim not served)", example = "[]")
                List<String> missing, @Schema(description = "Why each part is missing", example = "{}")
                Map<String, String> reasons) {}
