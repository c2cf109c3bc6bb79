package io.policylens.gateway.ratelimit;

import io.policylens.common.http.RequestIds;
import io.policylens.common.problem.Problems;
import io.policylens.gateway.observability.GatewayMetrics;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the per-client rate limit to the public API (/api/...), before any downstream call. The
 * token is verified first (authentication is lazy here), so a forged token cannot pick its own
 * bucket: an invalid token counts against the caller's IP and then gets its 401.
 */
public class RateLimitFilter {

    @Inject
    RateLimiter limiter;

    @Inject
    CurrentIdentityAssociation identities;

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
        long retryAfter = limiter.acquire(ClientKeys.of(identity, request));
        if (retryAfter == 0) {
            return null;
        }
        metrics.rateLimited();
        Response problem = Problems.response(429, "rate-limited",
                "too many requests from this client; retry after " + retryAfter + " s", request.path(), RequestIds.of(request));
        return Response.fromResponse(problem).header("Retry-After", Long.toString(retryAfter)).build();
    }
}
