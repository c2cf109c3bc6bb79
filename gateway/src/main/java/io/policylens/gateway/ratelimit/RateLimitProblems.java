package io.policylens.gateway.ratelimit;

import io.policylens.common.http.RequestIds;
import io.policylens.common.problem.Problems;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 429 problem for a submission beyond its organisation's share of concurrent submissions. */
public class RateLimitProblems {

    @ServerExceptionMapper
    public Response busy(SubmissionSlots.SubmissionsBusyException e, HttpServerRequest request) {
        Response problem = Problems.response(429, "rate-limited", e.getMessage(), request.path(),
                        RequestIds.of(request));
        return Response.fromResponse(problem).header("Retry-After", "1").build();
    }
}
