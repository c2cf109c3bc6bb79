package io.policylens.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    @ConfigProperty(name = "policylens.security.partner-claim", defaultValue = "partner_org")
    String partnerClaim;

    public Caller current() {
        if (identity.isAnonymous()) {
            return new Caller("anonymous", null, Set.of());
        }
        String organisation = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(partnerClaim);
            if (claim != null) {
                organisation = claim.toString().replace("\"", "").strip();
                if (organisation.isEmpty()) {
                    organisation = null;
                }
            }
        }
        return new Caller(identity.getPrincipal().getName(), organisation, identity.getRoles());
    }
}
