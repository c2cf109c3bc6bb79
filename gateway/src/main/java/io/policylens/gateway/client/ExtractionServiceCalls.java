package io.policylens.gateway.client;

import io.policylens.gateway.resilience.DownstreamGuard;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/**
 * The calls claims- and recommendations-service share (ExtractionServiceApi), behind the service's guard. GETs are
 * reads (retried); extraction is CPU work and a re-extraction rewinds a feed, so those are writes and never
 * repeated. 5xx and transport failures become DownstreamException.
 */
public abstract class ExtractionServiceCalls {

    private ExtractionServiceApi client;
    private DownstreamGuard guard;
    private DeadLetterCalls deadLetters;

    /** For the CDI client proxy of a subclass only (a subclass's one constructor is the injection point). */
    protected ExtractionServiceCalls() {
    }

    protected ExtractionServiceCalls(ExtractionServiceApi client, DownstreamGuard guard) {
        this.client = client;
        this.guard = guard;
        this.deadLetters = new DeadLetterCalls(client, guard);
    }

    protected DownstreamGuard guard() {
        return guard;
    }

    public Response get(UUID id) {
        return guard.read(() -> client.get(id));
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
