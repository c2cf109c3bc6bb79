package io.policylens.gateway.client;

import io.policylens.gateway.resilience.DownstreamGuard;
import io.policylens.gateway.resilience.DownstreamGuards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.UUID;

/**
 * recommendations-service calls behind the RECOMMENDATIONS guard (its own breaker, timeout and bulkhead). GETs
 * are reads (retried); a status change appends to the tracking history, extraction is CPU work, a
 * re-extraction rewinds a feed and a dead-letter replay applies changes again, so those are writes and never
 * repeated. 5xx and transport failures become
 * DownstreamException.
 */
@ApplicationScoped
public class RecommendationsCalls {

    private final RecommendationsClient client;
    private final DownstreamGuard guard;
    private final DeadLetterCalls deadLetters;

    public RecommendationsCalls(@RestClient RecommendationsClient client, DownstreamGuards guards) {
        this.client = client;
        this.guard = guards.of(Downstream.RECOMMENDATIONS);
        this.deadLetters = new DeadLetterCalls(client, guard);
    }

    public Response list(RecommendationFilters f) {
        return guard.read(() ->
                        client.list(f.page(), f.size(), f.document(), f.actor(), f.topic(), f.strength(), f.status(),
                                f.cluster(), f.forum(), f.q()));
    }

    public Response get(UUID id) {
        return guard.read(() -> client.get(id));
    }

    public Response history(UUID id) {
        return guard.read(() -> client.history(id));
    }

    public Response changeStatus(UUID id, Object change) {
        return guard.write(() -> client.changeStatus(id, change));
    }

    public Response clusters(int minDocuments, int page, int size) {
        return guard.read(() -> client.clusters(minDocuments, page, size));
    }

    public Response cluster(String id, int page, int size) {
        return guard.read(() -> client.cluster(id, page, size));
    }

    public Response extract(Object request) {
        return guard.write(() -> client.extract(request));
    }

    public Response reextract(boolean force) {
        return guard.write(() -> client.reextract(force));
    }

    public Response feed() {
        return guard.read(client::feed);
    }

    /** The service's dead-letter list and replays, behind the same guard. */
    public DeadLetterCalls deadLetters() {
        return deadLetters;
    }

    public Response processing(UUID documentId) {
        return guard.read(() -> client.processing(documentId));
    }
}
