package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import io.policylens.gateway.client.ClaimFilters;
import io.policylens.gateway.client.DocumentFilters;
import io.policylens.gateway.client.Downstream;
import io.policylens.gateway.client.RecommendationFilters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the topic and actor briefs. documents-service is required (its failure is a 503); claims-service (the
 * strongest claims: its default order without a document is most check-worthy first) and recommendations-service
 * (the subject's recommendations, grouped by cluster, with the documents backing each cluster) are best effort.
 * A topic filters all three by topic id. An actor is a canonical entity id (south-korea): documents and claims
 * are filtered by entity, recommendations by addressee name ("south korea" matches "United States and South Korea").
 */
@ApplicationScoped
public class BriefAssembler {

    static final String VIEW = "brief";
    /** Recommendations read to build the clusters (one page, the services' maximum). */
    static final int RECOMMENDATIONS_READ = 100;

    private final ViewSources sources;

    public BriefAssembler(ViewSources sources) {
        this.sources = sources;
    }

    public Brief topic(String topic, int size) {
        return brief("topic", topic, size,
                new DocumentFilters(0, size, topic, null, null, null, null, null),
                new ClaimFilters(0, size, null, null, topic, null, null, null, null),
                new RecommendationFilters(0, RECOMMENDATIONS_READ, null, null, topic, null, null, null, null, null));
    }

    public Brief actor(String actor, int size) {
        return brief("actor", actor, size,
                new DocumentFilters(0, size, null, actor, null, null, null, null),
                new ClaimFilters(0, size, null, null, null, actor, null, null, null),
                new RecommendationFilters(0, RECOMMENDATIONS_READ, null, actor.replace('-', ' '), null, null, null,
                        null, null, null));
    }

    private Brief brief(String kind, String subject, int size, DocumentFilters documentFilters,
            ClaimFilters claimFilters, RecommendationFilters recommendationFilters) {
        PartReader parts = sources.parts();
        JsonNode documentPage = parts.required(Downstream.DOCUMENTS,
                sources.documents.list(documentFilters));
        // sequential: the token propagation filter reads the caller's token from this thread's request context
        JsonNode claimPage = parts.optional("claims", Downstream.CLAIMS, () -> sources.claims.list(claimFilters))
                        .orElse(null);
        List<Brief.Cluster> clusters = parts.optional("recommendations", Downstream.RECOMMENDATIONS,
                () -> sources.recommendations.list(recommendationFilters))
                .map(page -> clusters(page, size)).orElse(null);
        sources.countIfDegraded(VIEW, parts);
        return new Brief(kind, subject, claimPage, clusters, documentPage, parts.degraded(), parts.missing(),
                parts.reasons());
    }

    /** Groups recommendations by cluster; most distinct backing documents first, then most members. */
    static List<Brief.Cluster> clusters(JsonNode page, int limit) {
        Map<String, List<JsonNode>> byCluster = new LinkedHashMap<>();
        for (JsonNode r : page.path("items")) {
            String key = r.path("clusterId").isTextual()
                            ? r.path("clusterId").asText()
                            : "recommendation:" + r.path("id").asText();
            byCluster.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Brief.Cluster> clusters = new ArrayList<>();
        for (List<JsonNode> members : byCluster.values()) {
            Map<String, Brief.BackingDocument> backing = new LinkedHashMap<>();
            List<Brief.Recommendation> recommendations = new ArrayList<>();
            for (JsonNode r : members) {
                UUID document = uuid(r.path("documentId"));
                recommendations.add(new Brief.Recommendation(uuid(r.path("id")), r.path("text").asText(null),
                                r.path("actor").asText(null), r.path("strength").asText(null),
                                r.path("status").asText(null), document));
                backing.putIfAbsent(String.valueOf(document), new Brief.BackingDocument(document,
                                r.path("documentTitle").asText(null), r.path("publisher").asText(null)));
            }
            JsonNode clusterId = members.get(0).path("clusterId");
            clusters.add(new Brief.Cluster(clusterId.isTextual() ? clusterId.asText() : null,
                            List.copyOf(recommendations), List.copyOf(backing.values())));
        }
        clusters.sort(Comparator.comparingInt((Brief.Cluster c) -> c.documents().size())
                .thenComparingInt(c -> c.recommendations().size()).reversed());
        return List.copyOf(clusters.subList(0, Math.min(limit, clusters.size())));
    }

    private static UUID uuid(JsonNode node) {
        try {
            return node.isTextual() ? UUID.fromString(node.asText()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
