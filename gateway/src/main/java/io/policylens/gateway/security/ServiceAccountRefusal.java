package io.policylens.gateway.security;

import io.policylens.common.http.RequestIds;
import io.policylens.common.problem.Problems;
import io.policylens.common.security.Roles;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The public API refuses the extraction services' client credentials (role {@code service}) whatever other roles
 * they hold: a service account reads documents-service's change feed and snapshots inside the cluster and nothing
 * else, so a leaked service secret cannot be used to read every partner's data through the public entry. Their tokens
 * normally carry documents-service's audience only and never get here (401); this holds even when a realm gives a
 * service account the public API's audience by mistake.
 */
public class ServiceAccountRefusal {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(preMatching = false)
    public Uni<Response> refuse(HttpServerRequest request) {
        if (!request.path().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identities
                .getDeferredIdentity()
                .onFailure()
                .recoverWithNull()
                .map(identity ->
                                identity != null && identity.hasRole(Roles.SERVICE)
                                        ? Problems.response(403, "forbidden",
                                                "service accounts (role service) may not call the public API",
                                                request.path(), RequestIds.of(request))
                                        : null);
    }
}
