package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Everything known about one document in one answer. The document part is required; claims and
 * recommendations are best effort: when their service cannot answer they are null, {@code degraded}
 * is true and {@code missing} names them, so a client can show what there is and say what is not.
 */
@RegisterForReflection
@Schema(description = "A document with its structure, claims and recommendations", example =
                "{\"document\":{\"id\":\"0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11\",\"title\":\"Why Tech Cooperation "
                + "Matters\"},\"structure\":{\"characters\":5120,\"blocks\":24,\"sentences\":61,"
                + "\"sections\":[{\"title\":\"Recommendations\",\"sentences\":7,\"listItems\":4}],\"complete\":true},"
                + "\"claims\":null,\"recommendations\":{\"items\":[],\"total\":0,\"complete\":true},\"degraded\":true,"
                + "\"missing\":[\"claims\"],\"reasons\":{\"claims\":\"claims-service is unreachable\"}}")
public record DocumentAnalysis(
        @Schema(description = "The document's metadata, topics, entities and statistics, as documents-service serves "
                + "them")
                JsonNode document,
        StructureSummary structure,
        @Schema(description = "The document's claims; null when claims-service could not answer")
                ExtractedItems claims, @Schema(description =
                                "The document's recommendations with their evidence links; null when "
                                + "recommendations-service could not answer")
                ExtractedItems recommendations,
        @Schema(description = "true when a part is missing", example = "false") boolean degraded,
        @Schema(description = "Parts that could not be included", example = "[]")
                List<String> missing,
        @Schema(description = "Why each missing part is missing") Map<String, String> reasons) {}
