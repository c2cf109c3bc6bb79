package io.policylens.gateway.client;

import io.policylens.gateway.resilience.DownstreamGuards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.UUID;

/**
 * The extraction services' per-document listings, each behind its own breaker and bulkhead. Both are
 * reads, so they are retried; the aggregation decides what a failure means (a degraded answer).
 */
@ApplicationScoped
public class ExtractedItemsCalls {

    /** The page size the services accept at most (commons Page.MAX_SIZE). */
    public static final int PAGE_SIZE = 100;

    private final ClaimsClient claims;
    private final RecommendationsClient recommendations;
    private final DownstreamGuards guards;

    public ExtractedItemsCalls(@RestClient ClaimsClient claims, @RestClient RecommendationsClient recommendations,
                               DownstreamGuards guards) {
        this.claims = claims;
        this.recommendations = recommendations;
        this.guards = guards;
    }

    public Response claimsOf(UUID document) {
        return guards.of(Downstream.CLAIMS).read(() -> claims.byDocument(document, PAGE_SIZE));
    }

    public Response recommendationsOf(UUID document) {
        return guards.of(Downstream.RECOMMENDATIONS).read(() -> recommendations.byDocument(document, PAGE_SIZE));
    }
}
