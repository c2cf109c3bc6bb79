package io.policylens.gateway.client;

import io.policylens.gateway.resilience.DownstreamGuards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.UUID;

/**
 * recommendations-service calls behind the RECOMMENDATIONS guard (its own breaker, timeout and bulkhead). A status
 * change appends to the tracking history, so it is a write and never repeated; the other calls here are reads.
 */
@ApplicationScoped
public class RecommendationsCalls extends ExtractionServiceCalls {

    private RecommendationsClient client;

    public RecommendationsCalls(@RestClient RecommendationsClient client, DownstreamGuards guards) {
        super(client, guards.of(Downstream.RECOMMENDATIONS));
        this.client = client;
    }

    public Response list(RecommendationFilters f) {
        return guard().read(() -> client.list(f.page(), f.size(), f.document(), f.actor(), f.topic(), f.strength(),
                f.status(), f.cluster(), f.forum(), f.q()));
    }

    public Response history(UUID id) {
        return guard().read(() -> client.history(id));
    }

    public Response changeStatus(UUID id, Object change) {
        return guard().write(() -> client.changeStatus(id, change));
    }

    public Response clusters(int minDocuments, int page, int size) {
        return guard().read(() -> client.clusters(minDocuments, page, size));
    }

    public Response cluster(String id, int page, int size) {
        return guard().read(() -> client.cluster(id, page, size));
    }
}
