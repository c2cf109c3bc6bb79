package io.policylens.gateway.rest;

import io.policylens.common.http.RequestIds;
import io.policylens.common.problem.Problems;
import io.policylens.gateway.client.DownstreamRejection;
import io.policylens.gateway.resilience.DownstreamException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The gateway's own problem for a service that gave no usable answer: 502, 503 or 504, never a stack trace. */
public class DownstreamProblems {

    /** A hint for clients and load balancers; the breaker's own delay is an internal detail. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response downstream(DownstreamException e, HttpServerRequest request) {
        Response problem = Problems.response(e.kind().status, e.kind().slug, e.getMessage(), request.path(),
                RequestIds.of(request));
        if (e.kind() == DownstreamException.Kind.UNAVAILABLE) {
            return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        return problem;
    }

    /** A required downstream call was refused (404 for a document the caller may not see, ...): relay it unchanged. */
    @ServerExceptionMapper
    public Response rejected(DownstreamRejection e) {
        return Relay.of(e.response());
    }
}
