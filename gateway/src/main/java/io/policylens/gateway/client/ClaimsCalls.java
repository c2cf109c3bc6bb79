package io.policylens.gateway.client;

import io.policylens.gateway.resilience.DownstreamGuards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.UUID;

/**
 * claims-service calls behind the CLAIMS guard (its own breaker, timeout and bulkhead). A review appends to the
 * history, so it is a write and never repeated; the other calls here are reads.
 */
@ApplicationScoped
public class ClaimsCalls extends ExtractionServiceCalls {

    public static final String JSON_LD = "application/ld+json";

    private ClaimsClient client;

    public ClaimsCalls(@RestClient ClaimsClient client, DownstreamGuards guards) {
        super(client, guards.of(Downstream.CLAIMS));
        this.client = client;
    }

    public Response list(ClaimFilters f) {
        return guard().read(() -> client.list(f.page(), f.size(), f.document(), f.type(), f.topic(), f.entity(),
                f.minScore(), f.status(), f.q()));
    }

    public Response review(UUID id, Object review) {
        return guard().write(() -> client.review(id, review));
    }

    public Response reviews(UUID id, int page, int size) {
        return guard().read(() -> client.reviews(id, page, size));
    }

    public Response matches(UUID id, int page, int size) {
        return guard().read(() -> client.matches(id, page, size));
    }

    public Response claimReview(UUID id) {
        return guard().read(() -> client.claimReview(id));
    }
}
