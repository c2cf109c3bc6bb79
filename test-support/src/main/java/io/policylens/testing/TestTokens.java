package io.policylens.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.util.Set;

/**
 * Bearer tokens signed with the key that {@code OidcWiremockTestResource} publishes, carrying roles
 * (the {@code groups} claim) and the partner organisation claim that Policy Lens scopes data by.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String PARTNER_CLAIM = "partner_org";

    private TestTokens() {
    }

    /** A token for {@code user} of partner {@code organisation} (null for none) with the given roles. */
    public static String token(String user, String organisation, String... roles) {
        JwtClaimsBuilder claims = Jwt.preferredUserName(user)
                .subject(user)
                .groups(Set.of(roles))
                .issuer(ISSUER)
                .audience(ISSUER);
        if (organisation != null) {
            claims.claim(PARTNER_CLAIM, organisation);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    /** "Bearer ..." header value. */
    public static String bearer(String user, String organisation, String... roles) {
        return "Bearer " + token(user, organisation, roles);
    }
}
