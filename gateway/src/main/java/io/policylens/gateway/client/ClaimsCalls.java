package io.policylens.gateway.client;

import io.policylens.gateway.resilience.DownstreamGuard;
import io.policylens.gateway.resilience.DownstreamGuards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.UUID;

/**
 * claims-service calls behind the CLAIMS guard (its own breaker, timeout and bulkhead). GETs are reads
 * (retried); a review appends to the history, extraction is CPU work, a re-extraction rewinds a
 * feed and a dead-letter replay applies changes again, so those are writes and never repeated. 5xx and
 * transport failures become DownstreamException.
 */
@ApplicationScoped
public class ClaimsCalls {

    public static final String JSON_LD = "application/ld+json";

    private final ClaimsClient client;
    private final DownstreamGuard guard;
    private final DeadLetterCalls deadLetters;

    public ClaimsCalls(@RestClient ClaimsClient client, DownstreamGuards guards) {
        this.client = client;
        this.guard = guards.of(Downstream.CLAIMS);
        this.deadLetters = new DeadLetterCalls(client, guard);
    }

    public Response list(ClaimFilters f) {
        return guard.read(() ->
                        client.list(f.page(), f.size(), f.document(), f.type(), f.topic(), f.entity(), f.minScore(),
                                f.status(), f.q()));
    }

    public Response get(UUID id) {
        return guard.read(() -> client.get(id));
    }

    public Response review(UUID id, Object review) {
        return guard.write(() -> client.review(id, review));
    }

    public Response reviews(UUID id, int page, int size) {
        return guard.read(() -> client.reviews(id, page, size));
    }

    public Response matches(UUID id, int page, int size) {
        return guard.read(() -> client.matches(id, page, size));
    }

    public Response claimReview(UUID id) {
        return guard.read(() -> client.claimReview(id));
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
