package io.policylens.system.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Access tokens from the local Keycloak, exactly as a partner or a user gets them: client credentials for a
 * confidential client of the realm (partner-a-api, partner-b-api, the service clients), otherwise the password
 * grant of the public Swagger client for a realm user (password = user name in the development realm).
 * Tokens are reused until 30 s before they expire.
 */
public final class KeycloakTokens {

    static final String USER_CLIENT = "policylens-swagger";
    private static final Duration EARLY_RENEWAL = Duration.ofSeconds(30);

    private final URI tokenEndpoint;
    private final RealmFile realm;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAfter) {
    }

    public KeycloakTokens(URI issuer, RealmFile realm, HttpClient http) {
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
        this.realm = realm;
        this.http = http;
    }

    /** A valid access token for a realm user or confidential client. */
    public String token(String who) {
        Token token = cache.get(who);
        if (token == null || Instant.now().isAfter(token.renewAfter())) {
            token = fetch(who, who);
            cache.put(who, token);
        }
        return token.value();
    }

    /** A fresh access token for a realm user with another password than the development one (never cached). */
    public String token(String who, String password) {
        return fetch(who, password).value();
    }

    private Token fetch(String who, String password) {
        Map<String, String> form = realm.secret(who)
                .map(secret -> Map.of("grant_type", "client_credentials", "client_id", who, "client_secret", secret))
                .orElseGet(() -> Map.of("grant_type", "password", "client_id", USER_CLIENT, "scope", "openid",
                        "username", who, "password", password));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = json.readTree(response.body());
            if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
                throw new IllegalStateException("Keycloak gave no token for '" + who + "': HTTP "
                        + response.statusCode() + " " + abbreviate(response.body()));
            }
            long lifetime = body.path("expires_in").asLong(60);
            Instant renewAfter = Instant.now().plusSeconds(lifetime).minus(EARLY_RENEWAL);
            return new Token(body.get("access_token").asText(), renewAfter);
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak at " + tokenEndpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String abbreviate(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= 300 ? t : t.substring(0, 300) + "...";
    }
}
