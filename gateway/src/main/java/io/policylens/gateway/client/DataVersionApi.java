package io.policylens.gateway.client;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A service's {@code GET /internal/data-version} on its management port (commons DataVersionRoute);
 * no token, no caller.
 */
@Path("/internal/data-version")
public interface DataVersionApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Answer version();

    @RegisterForReflection
    record Answer(long version) {
    }
}
