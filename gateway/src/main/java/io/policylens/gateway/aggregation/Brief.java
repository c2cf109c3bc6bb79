package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * GET /api/v1/topics/{topic}/brief and /api/v1/actors/{actor}/brief: the strongest claims, the
 * recommendation clusters with their backing documents, and the documents themselves. Documents are
 * required; claims and recommendation clusters are best effort (null, degraded and named in missing
 * when their service cannot answer).
 */
@RegisterForReflection
@Schema(description = "What the documents you may see say about one topic or actor", example =
                "{\"kind\":\"topic\",\"subject\":\"semiconductors\",\"claims\":{\"items\":[],\"page\":0,\"size\":10,"
                + "\"total\":0},\"clusters\":[{\"clusterId\":\"rc-0aa65eaa249c\","
                + "\"recommendations\":[{\"id\":\"7d8f3c1e-1b2a-3c4d-9e8f-0a1b2c3d4e5f\",\"text\":\"Washington and "
                + "Seoul should coordinate export controls.\",\"actor\":\"United States and South Korea\","
                + "\"strength\":\"should\",\"documentId\":\"3f2a9c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b\"}],"
                + "\"documents\":[{\"id\":\"3f2a9c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b\",\"title\":\"Chip Partnership "
                + "Brief\",\"publisher\":\"Test Institute\"}]}],\"documents\":{\"items\":[],\"page\":0,\"size\":10,"
                + "\"total\":0},\"degraded\":true,\"missing\":[\"claims\"],\"reasons\":{\"claims\":\"claims-service is "
                + "unreachable\"}}")
public record Brief(
        @Schema(enumeration = {"topic", "actor"}, example = "topic")
                String kind, @Schema(description = "The topic id or the actor's canonical entity id",
                        example = "semiconductors")
                String subject, @Schema(description =
                                "The strongest (most check-worthy) claims, as claims-service serves them; null when "
                                + "claims-service could not answer")
                JsonNode claims, @Schema(description = "Recommendation clusters, most-backed first, with their backing "
                        + "documents; null when recommendations-service could not answer")
                List<Cluster> clusters,
        @Schema(description = "The documents themselves, as documents-service serves them")
                JsonNode documents,
        @Schema(example = "false") boolean degraded,
        @Schema(example = "[]") List<String> missing,
        Map<String, String> reasons) {

    /**
     * A cluster as far as this brief's recommendations reach: its members about the subject and
     * their documents.
     */
    @RegisterForReflection
    @Schema(name = "BriefCluster",
            description = "Recommendations about the subject proposing the same course of action")
    public record Cluster(
            @Schema(description = "Cluster id (GET /api/v1/recommendations/clusters/{id}); null for an unclustered "
                    + "recommendation", example = "rc-0aa65eaa249c")
                    String clusterId,
            List<Recommendation> recommendations,
            @Schema(description = "Distinct documents backing the cluster within this brief")
                    List<BackingDocument> documents) {}

    @RegisterForReflection
    @Schema(name = "BriefRecommendation")
    public record Recommendation(UUID id, String text, String actor, String strength, String status, UUID documentId) {
    }

    @RegisterForReflection
    @Schema(name = "BackingDocument")
    public record BackingDocument(UUID id, String title, String publisher) {
    }
}
