package io.policylens.gateway.ratelimit;

import io.policylens.common.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The buckets a request counts against: its caller's (the token's subject, so every analyst using Swagger UI has
 * a bucket of their own although they share one OAuth client) and its partner organisation's (all callers of one
 * partner together, so one partner cannot take the capacity of the others by spreading over many users). Callers
 * without a valid token count by IP address only: the connection's, or the forwarded one only when
 * quarkus.http.proxy.proxy-address-forwarding is on, so a client cannot pick a new key per request.
 *
 * @param caller       the caller's bucket key
 * @param organisation the organisation's bucket key, null for callers without a valid token
 */
record RateLimitKeys(String caller, String organisation) {

    static RateLimitKeys of(SecurityIdentity identity, Caller caller, HttpServerRequest request) {
        if (identity == null || identity.isAnonymous()) {
            return new RateLimitKeys("ip:" + (request.remoteAddress() == null
                                    ? "unknown" : request.remoteAddress().host()), null);
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : identity.getPrincipal().getName();
        return new RateLimitKeys("subject:" + subject, "organisation:" + caller.owningOrganisation());
    }
}
