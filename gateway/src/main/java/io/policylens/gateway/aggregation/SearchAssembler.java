package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.gateway.client.ClaimFilters;
import io.policylens.gateway.client.ClaimsCalls;
import io.policylens.gateway.client.DocumentFilters;
import io.policylens.gateway.client.DocumentsCalls;
import io.policylens.gateway.client.Downstream;
import io.policylens.gateway.client.RecommendationFilters;
import io.policylens.gateway.client.RecommendationsCalls;
import io.policylens.gateway.observability.GatewayMetrics;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds GET /api/v1/search: documents-service's full-text search (required: without it a search
 * answer would be misleading, so its failure is a 503), claims-service's claim text query and
 * recommendations-service's full-text query (both best effort). All services apply the caller's
 * partner scoping to what they return.
 */
@ApplicationScoped
public class SearchAssembler {

    static final String VIEW = "search";

    private final DocumentsCalls documents;
    private final ClaimsCalls claims;
    private final RecommendationsCalls recommendations;
    private final ObjectMapper json;
    private final GatewayMetrics metrics;

    public SearchAssembler(DocumentsCalls documents, ClaimsCalls claims, RecommendationsCalls recommendations,
            ObjectMapper json, GatewayMetrics metrics) {
        this.documents = documents;
        this.claims = claims;
        this.recommendations = recommendations;
        this.json = json;
        this.metrics = metrics;
    }

    public CombinedSearch search(String q, int size) {
        PartReader parts = new PartReader(json);
        JsonNode documentHits = parts.required(Downstream.DOCUMENTS,
                documents.search(q, new DocumentFilters(0, size, null, null, null, null, null, null)));
        // sequential: the token propagation filter reads the caller's token from this thread's request context
        JsonNode claimHits = parts.optional("claims", Downstream.CLAIMS,
                () -> claims.list(new ClaimFilters(0, size, null, null, null, null, null, null, q))).orElse(null);
        JsonNode recommendationHits = parts.optional("recommendations", Downstream.RECOMMENDATIONS, () ->
                                        recommendations.list(new RecommendationFilters(
                                                        0, size, null, null, null, null, null, null, null, q)))
                        .orElse(null);
        if (parts.degraded()) {
            metrics.degradedAnswer(VIEW, parts.missing());
        }
        return new CombinedSearch(q, documentHits, claimHits, recommendationHits, parts.degraded(), parts.missing(),
                parts.reasons());
    }
}
