package io.policylens.system.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Valid values for an operation's parameters and body, which a mutation then breaks in one place, so that a request
 * gets past everything but the broken part. Ids in paths are real ones (a document, claim and recommendation the suite
 * created) except for DELETE, which gets an id nobody has: a fuzz case must never delete the suite's own data.
 */
public final class Baselines {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, String> ids;

    /**
     * @param ids the value of an {id} path parameter per collection ("documents", "claims", "recommendations"), and
     *            of any other path parameter by its name ("clusterId", ...); parameters not given take their example
     */
    public Baselines(Map<String, String> ids) {
        this.ids = Map.copyOf(ids);
    }

    /** Valid values of the operation's path parameters. */
    public Map<String, String> pathValues(ApiOperation op) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ApiParameter p : op.in("path")) {
            values.put(p.name(), pathValue(op, p));
        }
        return values;
    }

    private String pathValue(ApiOperation op, ApiParameter p) {
        if (p.name().equals("id")) {
            if (op.method().equals("DELETE")) {
                return UUID.nameUUIDFromBytes(op.name().getBytes()).toString();
            }
            String collection = op.path().replaceFirst("^/api/v1/([^/]+)/.*$", "$1");
            String id = ids.get(collection);
            if (id != null) {
                return id;
            }
        }
        String known = ids.get(p.name());
        if (known != null) {
            return known;
        }
        return p.example().isMissingNode() || p.example().isNull() ? "x" : p.example().asText();
    }

    /** The required query parameters with valid values (the others are left out: they are optional). */
    public Map<String, String> requiredQuery(ApiOperation op) {
        Map<String, String> query = new LinkedHashMap<>();
        for (ApiParameter p : op.in("query")) {
            if (p.required()) {
                query.put(p.name(), validValue(p));
            }
        }
        return query;
    }

    static String validValue(ApiParameter p) {
        if (!p.example().isMissingNode() && !p.example().isNull()) {
            return p.example().asText();
        }
        if (!p.enumValues().isEmpty()) {
            return p.enumValues().get(0);
        }
        if (p.isInteger()) {
            return Long.toString(p.minimum().orElse(1));
        }
        return p.isBoolean() ? "false" : "chips";
    }

    /** A valid JSON body for a schema: its example, or one built from its properties' examples. */
    public static JsonNode body(JsonNode schema) {
        JsonNode example = schema.path("examples").path(0);
        if (!example.isMissingNode() && (example.isObject() == schema.path("type").asText().equals("object"))) {
            return example.deepCopy();
        }
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        return switch (schema.path("type").asText("string")) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Set<String> required = new HashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (required.contains(property.getKey()) || property.getValue().has("examples")) {
                        object.set(property.getKey(), body(property.getValue()));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(body(schema.path("items")));
                yield array;
            }
            case "integer", "number" -> NODES.numberNode(schema.path("minimum").asLong(1));
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.textNode(schema.has("enum") ? schema.get("enum").get(0).asText()
                    : "date".equals(schema.path("format").asText()) ? "2025-06-04" : "text");
        };
    }
}
