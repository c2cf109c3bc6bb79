package io.policylens.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.common.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public operation documents the errors the gateway adds to it: 429 (rate limit) and the 502, 503 and 504 of the
 * service behind it; a new resource or path the gateway's OpenAPI filter does not cover fails here.
 */
@QuarkusTest
class DownstreamResponsesTest {

    /** The views the gateway assembles itself: documents-service's 503 and 504, no 502. */
    private static final Set<String> ASSEMBLED = Set.of("GET /api/v1/documents/{id}/analysis",
            "GET /api/v1/documents/{id}/status", "GET /api/v1/search", "GET /api/v1/topics/{topic}/brief",
            "GET /api/v1/actors/{actor}/brief");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final Map<String, JsonNode> operations = new TreeMap<>();

    @BeforeEach
    void readDocument() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
        assertThat(operations).containsKeys(ASSEMBLED.toArray(String[]::new)).hasSizeGreaterThan(ASSEMBLED.size());
    }

    @Test
    void everyOperationDocumentsTheRateLimitAndItsServiceFailingAsProblems() {
        List<String> missing = new ArrayList<>();
        operations.forEach((operation, node) -> {
            List<String> codes = ASSEMBLED.contains(operation)
                    ? List.of("429", "503", "504")
                    : List.of("429", "502", "503", "504");
            for (String code : codes) {
                if (!node.path("responses").path(code).path("content").has(Problem.MEDIA_TYPE)) {
                    missing.add(operation + " " + code);
                }
            }
        });
        assertThat(missing).as("operations without a gateway error response").isEmpty();
    }

    @Test
    void relayedOperationsNameTheirServiceAndShowItBeingDown() {
        operations.forEach((operation, node) -> {
            if (ASSEMBLED.contains(operation)) {
                return;
            }
            // "GET /api/v1/claims/{id}" is relayed to claims-service
            String resource = operation.substring(operation.indexOf(' ') + 1).split("/")[3];
            String service = resource + "-service";
            JsonNode responses = node.path("responses");
            assertThat(responses.path("502").path("description").asText()).as(operation)
                    .isEqualTo(service + " failed");
            assertThat(responses.path("503").path("description").asText()).as(operation)
                    .startsWith(service + " is down").contains("Retry-After");
            assertThat(responses.path("504").path("description").asText()).as(operation)
                    .isEqualTo(service + " did not answer in time");
            JsonNode down = responses.path("503").path("content").path(Problem.MEDIA_TYPE).path("examples")
                    .path(service + " down").path("value");
            assertThat(down.path("status").asInt()).as(operation).isEqualTo(503);
            assertThat(down.path("type").asText()).as(operation).endsWith("/service-unavailable");
            assertThat(down.path("detail").asText()).as(operation).isEqualTo(service + " is unreachable");
            assertThat(down.path("instance").asText()).as(operation).isEqualTo("/api/v1/" + resource);
        });
    }

    @Test
    void anOperationKeepsTheMeaningItGivesAGatewayErrorItself() {
        // submissions are also limited per organisation, which their own 429 says
        assertThat(operations.get("POST /api/v1/documents").path("responses").path("429").path("description")
                .asText()).contains("share of submissions");
        assertThat(operations.get("GET /api/v1/claims").path("responses").path("429").path("description").asText())
                .startsWith("Too many requests from this client");
    }
}
