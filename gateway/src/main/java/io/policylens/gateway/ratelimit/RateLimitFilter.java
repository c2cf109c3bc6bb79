package io.policylens.gateway.ratelimit;

import io.policylens.common.http.RequestIds;
import io.policylens.common.problem.Problems;
import io.policylens.common.security.Callers;
import io.policylens.gateway.observability.GatewayMetrics;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the rate limits to the public API (/api/...), before any downstream call. The token is verified first
 * (authentication is lazy here), so a forged token cannot pick its own bucket: an invalid token counts against the
 * caller's IP and then gets its 401.
 */
public class RateLimitFilter {

    @Inject
    RateLimiter limiter;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    Callers callers;

    @Inject
    GatewayMetrics metrics;

    @ServerRequestFilter(preMatching = false)
    public Uni<Response> limit(HttpServerRequest request) {
        if (!request.path().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> decide(identity, request));
    }

    private Response decide(SecurityIdentity identity, HttpServerRequest request) {
        RateLimitKeys keys = RateLimitKeys.of(identity, identity == null ? null : callers.of(identity), request);
        RateLimiter.Decision decision = limiter.acquire(keys);
        if (decision.passes()) {
            return null;
        }
        metrics.rateLimited();
        String who = decision.refusedBy() == RateLimiter.Scope.ORGANISATION
                        ? "your organisation's callers together" : "you";
        Response problem = Problems.response(429, "rate-limited", "too many requests from " + who + "; retry after "
                                + decision.retryAfterSeconds() + " s", request.path(), RequestIds.of(request));
        return Response.fromResponse(problem)
                .header("Retry-After", Long.toString(decision.retryAfterSeconds()))
                .build();
    }
}
