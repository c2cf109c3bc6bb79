package io.policylens.system.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls the gateway (or any service of the stack) as a realm user or client, with a Keycloak token. Answers are
 * returned whatever their status; 429 answers are retried after their Retry-After when {@code retryRateLimited}
 * is on, as a well-behaved partner would do.
 */
public final class GatewayClient {

    /** Call without a token. */
    public static final String ANONYMOUS = null;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_RATE_LIMIT_RETRIES = 60;

    private final URI base;
    private final KeycloakTokens tokens;
    private final HttpClient http;
    private final boolean retryRateLimited;

    public GatewayClient(URI base, KeycloakTokens tokens, HttpClient http, boolean retryRateLimited) {
        this.base = base;
        this.tokens = tokens;
        this.http = http;
        this.retryRateLimited = retryRateLimited;
    }

    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public URI base() {
        return base;
    }

    public ApiResponse get(String who, String path) {
        return send(who, "GET", path, null);
    }

    /** GET with another Accept header (text/plain for a document's text, say). */
    public ApiResponse get(String who, String path, String accept) {
        return send(who, "GET", path, null, accept);
    }

    public ApiResponse delete(String who, String path) {
        return send(who, "DELETE", path, null);
    }

    public ApiResponse post(String who, String path, Object body) {
        return send(who, "POST", path, body);
    }

    public ApiResponse put(String who, String path, Object body) {
        return send(who, "PUT", path, body);
    }

    /** Sends a request; a non-null body is serialised to JSON. {@code who} null means no Authorization header. */
    public ApiResponse send(String who, String method, String path, Object body) {
        return send(who, method, path, body, "application/json");
    }

    private ApiResponse send(String who, String method, String path, Object body, String accept) {
        String json = body == null ? null : toJson(body);
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", accept)
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (who != null) {
                request.header("Authorization", "Bearer " + tokens.token(who));
            }
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + base + path + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (response.statusCode() == 429 && retryRateLimited && attempt < MAX_RATE_LIMIT_RETRIES) {
                long wait = response.headers().firstValueAsLong("Retry-After").orElse(1);
                sleep(Duration.ofSeconds(Math.max(1, Math.min(wait, 30))));
                continue;
            }
            return new ApiResponse(method, path, response.statusCode(), response.body(), response.headers());
        }
    }

    static String toJson(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body as JSON", e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
