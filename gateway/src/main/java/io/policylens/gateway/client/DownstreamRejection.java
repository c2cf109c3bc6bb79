package io.policylens.gateway.client;

import jakarta.ws.rs.core.Response;

/**
 * A service answered a required call with a 4xx (not found, forbidden, bad request). Not a failure of
 * the service: the gateway relays that answer, problem+json body included, to the caller.
 */
public class DownstreamRejection extends RuntimeException {

    private final transient Response response;

    public DownstreamRejection(Response response) {
        super("downstream answered " + response.getStatus(), null, false, false);
        this.response = response;
    }

    public Response response() {
        return response;
    }
}
