package io.policylens.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Applies {@link TokenPolicy} to every verified token, in every service (each checks the propagated token again):
 * a token it refuses fails authentication, which the problem mappers answer with 401 and the reason.
 */
@ApplicationScoped
public class TokenPolicyAugmentor implements SecurityIdentityAugmentor {

    @Inject
    SecuritySettings settings;

    @Override
    public int priority() {
        // before RoleHierarchyAugmentor (priority 0): judge the roles the token was issued with
        return 10;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String partnerClaim = settings.partnerClaim();
        return TokenPolicy.rejection(Callers.organisationOf(token, partnerClaim), identity.getRoles(), partnerClaim)
                .map(reason -> Uni.createFrom().<SecurityIdentity>failure(
                        new AuthenticationFailedException(reason, new TokenRejectedException(reason))))
                .orElseGet(() -> Uni.createFrom().item(identity));
    }
}
