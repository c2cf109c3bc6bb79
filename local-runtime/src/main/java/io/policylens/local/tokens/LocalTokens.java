package io.policylens.local.tokens;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Bearer tokens for a service started with the {@code local} Quarkus profile ({@code ./policylens run
 * documents}): signed with the committed DEVELOPMENT-ONLY key pair in {@code local-dev/} (see its
 * README), issuer {@value #ISSUER}, the role in the {@code groups} claim and the partner organisation in
 * {@value #PARTNER_CLAIM}. Roles are cumulative on the service side (admin implies analyst, and so on).
 *
 * <p>Usage: {@code java -cp <local-runtime classpath> io.policylens.local.tokens.LocalTokens <role> [partner]
 * [--user NAME] [--hours N]}; prints only the token.
 */
public final class LocalTokens {

    public static final String ISSUER = "policylens-local";
    public static final String PARTNER_CLAIM = "partner_org";
    public static final String KEY_ID = "policylens-local-dev";
    public static final List<String> ROLES = List.of("reader", "contributor", "analyst", "admin", "service");
    private static final String PRIVATE_KEY = "local-dev/dev-only-private-key.pem";

    private LocalTokens() {
    }

    public static void main(String[] args) {
        String role = null;
        String partner = null;
        String user = null;
        long hours = 8;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--user" -> user = args[++i];
                case "--hours" -> hours = Long.parseLong(args[++i]);
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    if (role == null) {
                        role = args[i];
                    } else if (partner == null) {
                        partner = args[i];
                    } else {
                        usage();
                        System.exit(2);
                    }
                }
            }
        }
        if (role == null || !ROLES.contains(role)) {
            usage();
            System.exit(2);
        }
        if (hours < 1 || hours > 24 * 7) {
            System.err.println("--hours must be between 1 and 168");
            System.exit(2);
        }
        String name = user != null ? user : "local-" + role + (partner != null ? "@" + partner : "");
        System.out.println(token(name, partner, Duration.ofHours(hours), role));
    }

    /** A token for {@code user} of partner {@code organisation} (null for none) with the given roles. */
    public static String token(String user, String organisation, Duration lifetime, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(user)
                .preferredUserName(user)
                .groups(Set.of(roles))
                .audience("policylens")
                .expiresIn(lifetime);
        if (organisation != null && !organisation.isBlank()) {
            claims.claim(PARTNER_CLAIM, organisation.strip());
        }
        return claims.jws().keyId(KEY_ID).sign(privateKey());
    }

    static PrivateKey privateKey() {
        try (InputStream in = LocalTokens.class.getClassLoader().getResourceAsStream(PRIVATE_KEY)) {
            if (in == null) {
                throw new IllegalStateException(PRIVATE_KEY + " not on the classpath");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
            int end = pem.indexOf("-----END PRIVATE KEY-----");
            if (begin < 0 || end < begin) {
                throw new IllegalStateException(PRIVATE_KEY + " is not a PKCS#8 PEM private key");
            }
            String body = pem.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end).replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + PRIVATE_KEY, e);
        }
    }

    private static void usage() {
        System.err.println("usage: LocalTokens <" + String.join("|", ROLES)
                + "> [partner-organisation] [--user NAME] [--hours N]");
        System.err.println("  prints a bearer token for a service running with the 'local' profile (development only)");
    }
}
