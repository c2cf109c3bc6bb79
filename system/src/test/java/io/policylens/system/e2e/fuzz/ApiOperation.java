package io.policylens.system.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of the gateway's OpenAPI document, with every {@code $ref} resolved: its parameters and, per content
 * type, the schema of its request body.
 */
public record ApiOperation(String method, String path, List<ApiParameter> parameters, Map<String, JsonNode> bodies) {

    public String name() {
        return method + " " + path;
    }

    public List<ApiParameter> in(String where) {
        return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }

    /** The JSON body's schema, when the operation takes one. */
    public Optional<JsonNode> jsonBody() {
        return Optional.ofNullable(bodies.get("application/json"));
    }

    public boolean takesMultipart() {
        return bodies.containsKey("multipart/form-data");
    }

    /** Re-extraction rewinds a whole change feed: the suite sends it only requests that must be refused. */
    public boolean rewindsAFeed() {
        return path.endsWith("/admin/reextract");
    }
}
