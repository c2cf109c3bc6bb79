package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import io.policylens.gateway.client.ClaimFilters;
import io.policylens.gateway.client.DocumentFilters;
import io.policylens.gateway.client.Downstream;
import io.policylens.gateway.client.RecommendationFilters;
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

    private final ViewSources sources;

    public SearchAssembler(ViewSources sources) {
        this.sources = sources;
    }

    public CombinedSearch search(String q, int size) {
        PartReader parts = sources.parts();
        JsonNode documentHits = parts.required(Downstream.DOCUMENTS, sources.documents.search(q,
                new DocumentFilters(0, size, null, null, null, null, null, null)));
        // sequential: the token propagation filter reads the caller's token from this thread's request context
        JsonNode claimHits = parts.optional("claims", Downstream.CLAIMS, () -> sources.claims.list(
                new ClaimFilters(0, size, null, null, null, null, null, null, q))).orElse(null);
        JsonNode recommendationHits = parts.optional("recommendations", Downstream.RECOMMENDATIONS,
                () -> sources.recommendations.list(
                        new RecommendationFilters(0, size, null, null, null, null, null, null, null, q)))
                .orElse(null);
        sources.countIfDegraded(VIEW, parts);
        return new CombinedSearch(q, documentHits, claimHits, recommendationHits, parts.degraded(), parts.missing(),
                parts.reasons());
    }
}
