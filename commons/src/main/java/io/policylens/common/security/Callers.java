package io.policylens.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * Resolves the {@link Caller} of the current request from the verified token: the partner
 * organisation comes from a configurable claim ({@code policylens.security.partner-claim}).
 */
@ApplicationScoped
public class Callers {

    @Inject
    SecurityIdentity identity;

    @Inject
    SecuritySettings settings;

    public Caller current() {
        return of(identity);
    }

    /** The caller an already resolved identity stands for (filters that run before the request scope has it). */
    public Caller of(SecurityIdentity resolved) {
        if (resolved.isAnonymous()) {
            return new Caller("anonymous", null, Set.of());
        }
        String organisation = resolved.getPrincipal() instanceof JsonWebToken token
                        ? organisationOf(token, settings.partnerClaim())
                        : null;
        return new Caller(resolved.getPrincipal().getName(), organisation, resolved.getRoles());
    }

    /** The partner organisation the token names, null when the claim is missing or blank. */
    static String organisationOf(JsonWebToken token, String partnerClaim) {
        Object claim = token.getClaim(partnerClaim);
        if (claim == null) {
            return null;
        }
        String organisation = claim.toString().replace("\"", "").strip();
        return organisation.isEmpty() ? null : organisation;
    }
}
