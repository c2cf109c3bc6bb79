package io.policylens.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's management interface in a {@code @QuarkusTest}: health, metrics and /internal/*, on their own port. Tests
 * get its root ({@code http://host:port/q/}) with {@code @TestHTTPResource(value = "", management = true)}.
 */
public final class ManagementPort {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DATA_VERSION = "/internal/data-version";
    private static final Pattern VERSION = Pattern.compile("^\\{\"version\":(\\d+)}$");

    private ManagementPort() {
    }

    /** GET /internal/data-version: the service's data version (fails unless the answer is 200 with one). */
    public static long dataVersion(URL managementRoot) {
        URI uri = URI.create(managementRoot.toString()).resolve(DATA_VERSION);
        HttpResponse<String> answer = get(uri);
        Matcher version = VERSION.matcher(answer.body());
        if (answer.statusCode() != 200 || !version.matches()) {
            throw new AssertionError("GET " + uri + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
        return Long.parseLong(version.group(1));
    }

    /**
     * The data version is served on the management port only: the API port answers 404, its OpenAPI document omits it.
     */
    public static void assertDataVersionOnTheManagementPortOnly(URL managementRoot, URL apiRoot) {
        dataVersion(managementRoot);
        URI api = URI.create(apiRoot.toString());
        HttpResponse<String> onApiPort = get(api.resolve(DATA_VERSION));
        HttpResponse<String> openApi = get(api.resolve("/q/openapi?format=json"));
        if (onApiPort.statusCode() != 404 || openApi.statusCode() != 200 || openApi.body().contains(DATA_VERSION)) {
            throw new AssertionError("the API port serves or documents " + DATA_VERSION + ": HTTP "
                    + onApiPort.statusCode() + ", OpenAPI HTTP " + openApi.statusCode());
        }
    }

    private static HttpResponse<String> get(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
