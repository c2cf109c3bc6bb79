package io.policylens.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.common.problem.Problem;
import org.junit.jupiter.api.Assertions;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The responses an OpenAPI document promises per operation, so that a service's test can pin its documented
 * status codes and check that every error is documented as an RFC 9457 problem.
 */
public final class OpenApiResponses {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private final JsonNode document;

    private OpenApiResponses(JsonNode document) {
        this.document = document;
    }

    /** Reads the document as served at {@code /q/openapi?format=json}. */
    public static OpenApiResponses of(String json) {
        try {
            return new OpenApiResponses(new ObjectMapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per operation ({@code "GET /documents/{id}"}), its documented status codes in order ({@code "200 401 404"}). */
    public Map<String, String> codes() {
        Map<String, String> codes = new TreeMap<>();
        forEachOperation((operation, node) -> {
            Set<String> statuses = new TreeSet<>();
            node.path("responses").fieldNames().forEachRemaining(statuses::add);
            codes.put(operation, String.join(" ", statuses));
        });
        return codes;
    }

    /** The 4xx and 5xx responses ({@code "GET /documents/{id} 404"}) not documented as exactly a problem body. */
    public List<String> errorsNotDocumentedAsProblems() {
        List<String> wrong = new ArrayList<>();
        forEachOperation((operation, node) -> node.path("responses").properties().forEach(response -> {
            String status = response.getKey();
            JsonNode content = response.getValue().path("content");
            boolean problem = content.size() == 1
                    && PROBLEM_SCHEMA.equals(content.path(Problem.MEDIA_TYPE).path("schema").path("$ref").asText());
            if ((status.startsWith("4") || status.startsWith("5")) && !problem) {
                wrong.add(operation + " " + status);
            }
        }));
        return wrong;
    }

    /**
     * Asserts that the document defines the Problem schema, that every 4xx and 5xx response is documented as a
     * problem, and that each operation documents exactly the status codes given ({@code "GET /x/{id}" -> "200 404"}).
     */
    public void assertCodes(Map<String, String> expected) {
        Assertions.assertTrue(definesProblemSchema(), "the document defines no Problem schema");
        Assertions.assertEquals(List.of(), errorsNotDocumentedAsProblems(), "error responses without a problem body");
        Assertions.assertEquals(new TreeMap<>(expected), codes(), "documented status codes per operation");
    }

    /** Whether the document defines the Problem schema its error responses point to. */
    public boolean definesProblemSchema() {
        return document.path("components").path("schemas").has("Problem");
    }

    private void forEachOperation(BiConsumer<String, JsonNode> action) {
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                action.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
    }
}
