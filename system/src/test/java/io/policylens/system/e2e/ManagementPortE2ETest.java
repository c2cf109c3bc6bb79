package io.policylens.system.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.system.stack.StackParts;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health, metrics and the data version are served on each service's management port (on the local stack its API
 * port + 1000; in Kubernetes only monitoring, and the gateway for the data version, may reach it), never on the API
 * port, and the public OpenAPI document names none of them. Runs last, so the metrics have seen every other test's
 * requests: they must still hold no id.
 */
@Order(6)
class ManagementPortE2ETest extends E2eTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern UUID_LIKE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final List<String> WITH_DATA = List.of("documents-service", "claims-service",
            "recommendations-service");

    private static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiPortsServeNoOperationsEndpoints() throws Exception {
        for (String service : StackParts.SERVICES) {
            URI api = stack().config().service(service);
            for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live",
                    "/internal/data-version")) {
                assertThat(get(api, path).statusCode()).as("%s API port %s", service, path).isEqualTo(404);
            }
        }
    }

    @Test
    void theManagementPortsServeHealthMetricsAndTheDataVersion() throws Exception {
        for (String service : StackParts.SERVICES) {
            URI management = stack().config().management(service);
            assertThat(get(management, "/q/health/ready").statusCode()).as(service + " ready").isEqualTo(200);
            HttpResponse<String> metrics = get(management, "/q/metrics");
            assertThat(metrics.statusCode()).as(service + " metrics").isEqualTo(200);
            assertThat(metrics.body()).contains("http_server_requests_seconds_count");
            assertThat(UUID_LIKE.matcher(metrics.body()).results().map(r -> r.group()).toList())
                    .as(service + ": ids in the metrics").isEmpty();
        }
        for (String service : WITH_DATA) {
            HttpResponse<String> version = get(stack().config().management(service), "/internal/data-version");
            assertThat(version.statusCode()).as(service + " data version").isEqualTo(200);
            assertThat(new ObjectMapper().readTree(version.body()).path("version").isIntegralNumber()).isTrue();
        }
    }

    @Test
    void thePublicOpenApiDocumentHasThePublicApiOnly() throws Exception {
        var paths = new ObjectMapper().readTree(gateway().get(null, "/q/openapi?format=json").expect(200).body())
                .path("paths");
        assertThat(paths.size()).isGreaterThan(25);
        paths.fieldNames().forEachRemaining(path -> assertThat(path).as("a path in the public OpenAPI document")
                .startsWith("/api/v1/"));
    }
}
