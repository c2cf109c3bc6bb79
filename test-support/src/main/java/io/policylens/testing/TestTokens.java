package io.policylens.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.util.Set;

/**
 * Bearer tokens signed with the key that {@code OidcWiremockTestResource} publishes, carrying roles
 * (the {@code groups} claim), the partner organisation claim that Policy Lens scopes data by, and the
 * audience of the public API ({@value #AUDIENCE}) that every service accepts.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String PARTNER_CLAIM = "partner_org";
    /** The public API's audience: what the gateway requires and propagates to the services. */
    public static final String AUDIENCE = "policylens";

    private TestTokens() {
    }

    /** A token for {@code user} of partner {@code organisation} (null for none) with the given roles. */
    public static String token(String user, String organisation, String... roles) {
        return tokenFor(AUDIENCE, user, organisation, roles);
    }

    /** As {@link #token}, issued for another audience (another client of the same realm). */
    public static String tokenFor(String audience, String user, String organisation, String... roles) {
        JwtClaimsBuilder claims = Jwt.preferredUserName(user)
                .subject(user)
                .groups(Set.of(roles))
                .issuer(ISSUER)
                .audience(audience);
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
