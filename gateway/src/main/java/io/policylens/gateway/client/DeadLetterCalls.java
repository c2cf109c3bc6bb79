package io.policylens.gateway.client;

import io.policylens.gateway.resilience.DownstreamGuard;
import jakarta.ws.rs.core.Response;

/**
 * An extraction service's dead-letter administration behind that service's guard. Listing is a read (retried); a
 * replay applies changes again, so it is a write and never repeated by the gateway.
 */
public final class DeadLetterCalls {

    private final ExtractionServiceApi client;
    private final DownstreamGuard guard;

    DeadLetterCalls(ExtractionServiceApi client, DownstreamGuard guard) {
        this.client = client;
        this.guard = guard;
    }

    public Response list(int limit, boolean pending) {
        return guard.read(() -> client.deadLetters(limit, pending));
    }

    public Response replay(String id) {
        return guard.write(() -> client.replayDeadLetter(id));
    }

    public Response replayAll() {
        return guard.write(client::replayDeadLetters);
    }
}
