package io.policylens.system.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the operations of an OpenAPI 3 document (as the gateway serves it at /q/openapi?format=json). */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private OpenApiOperations() {
    }

    /** Every operation, sorted by path and method so that a plan built from them does not depend on map order. */
    public static List<ApiOperation> of(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(operation(document, op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            }
        }
        operations.sort(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method));
        return List.copyOf(operations);
    }

    private static ApiOperation operation(JsonNode document, String method, String path, JsonNode op) {
        List<ApiParameter> parameters = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode schema = resolve(document, p.path("schema"));
            JsonNode example = p.has("example") ? p.get("example") : schema.path("examples").path(0);
            parameters.add(new ApiParameter(p.path("name").asText(), p.path("in").asText(),
                    p.path("required").asBoolean(), schema, example));
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> content = op.path("requestBody").path("content").fields();
                content.hasNext(); ) {
            Map.Entry<String, JsonNode> c = content.next();
            bodies.put(c.getKey(), resolve(document, c.getValue().path("schema")));
        }
        return new ApiOperation(method, path, List.copyOf(parameters), Map.copyOf(bodies));
    }

    /** The schema with every $ref replaced by its target (keywords beside a $ref, such as examples, win). */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        if (schema == null || schema.isMissingNode() || !schema.isContainerNode()) {
            return schema == null ? MissingNode.getInstance() : schema;
        }
        JsonNode node = schema.deepCopy();
        if (node.isObject() && node.has("$ref")) {
            String ref = node.get("$ref").asText();
            JsonNode target = resolve(document, document.at(ref.substring(1)));
            ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : ((ObjectNode) node).objectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            node = merged;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (String key : List.of("items", "additionalProperties")) {
                if (object.has(key)) {
                    object.set(key, resolve(document, object.get(key)));
                }
            }
            if (object.get("properties") instanceof ObjectNode properties) {
                properties.fields().forEachRemaining(e -> e.setValue(resolve(document, e.getValue())));
            }
        }
        return node;
    }
}
