package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/search: ranked document hits, matching claims and matching recommendations for one
 * query. Documents are required; claims and recommendations are best effort (null, degraded and
 * named in missing when their service cannot answer).
 */
@RegisterForReflection
@Schema(description = "Documents, claims and recommendations matching one query", example = "{\"query\":\"DRAM "
        + "market\",\"documents\":{\"items\":[{\"id\":\"0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11\",\"title\":\"Why Tech "
        + "Cooperation Matters\",\"snippet\":\"… the global <mark>DRAM</mark> <mark>market</mark> …\","
        + "\"snippetText\":\"… the global DRAM market …\",\"highlights\":[{\"start\":13,\"end\":17},{\"start\":18,"
        + "\"end\":24}]}],\"page\":0,\"size\":10,\"total\":1},\"claims\":null,\"recommendations\":{\"items\":[],"
        + "\"page\":0,\"size\":10,\"total\":0},\"degraded\":true,\"missing\":[\"claims\"],"
        + "\"reasons\":{\"claims\":\"claims-service is unreachable\"}}")
public record CombinedSearch(
        @Schema(example = "DRAM market") String query,
        @Schema(description = "A page of ranked document hits with snippets, as documents-service serves them: snippet "
                + "is HTML-escaped text whose only markup is <mark> around the matches; snippetText is the plain text "
                + "and highlights the matches' [start, end) offsets in it")
                JsonNode documents, @Schema(description =
                                "A page of claims matching the query (full-text or substring), most check-worthy "
                                + "first; null when claims-service could not answer")
                JsonNode claims, @Schema(description =
                                "A page of recommendations matching the query (full-text over text, addressee and "
                                + "action); null when recommendations-service could not answer")
                JsonNode recommendations,
        @Schema(description = "true when a part is missing", example = "false") boolean degraded,
        @Schema(description = "Parts that could not be included", example = "[]")
                List<String> missing,
        @Schema(description = "Why each missing part is missing") Map<String, String> reasons) {}
