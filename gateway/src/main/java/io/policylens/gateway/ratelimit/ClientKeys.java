package io.policylens.gateway.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who a request counts against: the OAuth client (azp) of a verified token, else its subject; callers
 * without a (valid) token by IP address. The IP is the connection's, or the forwarded one only when
 * quarkus.http.proxy.proxy-address-forwarding is on, so a client cannot pick a new key per request.
 */
final class ClientKeys {

    private ClientKeys() {
    }

    static String of(SecurityIdentity identity, HttpServerRequest request) {
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
            String azp = token.getClaim("azp");
            if (azp != null && !azp.isBlank()) {
                return "client:" + azp;
            }
            if (token.getSubject() != null) {
                return "subject:" + token.getSubject();
            }
        }
        if (identity != null && !identity.isAnonymous()) {
            return "principal:" + identity.getPrincipal().getName();
        }
        return "ip:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().host());
    }
}
