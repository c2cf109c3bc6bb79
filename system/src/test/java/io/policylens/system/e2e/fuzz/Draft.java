package io.policylens.system.e2e.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A valid request to an operation, changed in place by a mutation, then turned into a {@link FuzzRequest}. */
final class Draft {

    final ApiOperation op;
    final Map<String, String> pathValues;
    final Map<String, List<String>> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    /** The JSON body while it is still JSON; null once {@link #rawBody} replaces it or when there is none. */
    JsonNode json;
    byte[] rawBody;

    Draft(ApiOperation op, Baselines baselines) {
        this.op = op;
        this.pathValues = new LinkedHashMap<>(baselines.pathValues(op));
        baselines.requiredQuery(op).forEach((name, value) -> query.put(name, List.of(value)));
        headers.put("Accept", "application/json");
        op.jsonBody().ifPresent(schema -> {
            json = Baselines.body(schema);
            headers.put("Content-Type", "application/json");
        });
    }

    /** The body's top-level object, when the operation takes a JSON object. */
    ObjectNode object() {
        return json instanceof ObjectNode o ? o : null;
    }

    void raw(String body, String contentType) {
        raw(body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    void raw(byte[] body, String contentType) {
        json = null;
        rawBody = body;
        if (contentType == null) {
            headers.remove("Content-Type");
        } else {
            headers.put("Content-Type", contentType);
        }
    }

    void queryValue(String name, String... values) {
        query.put(name, new ArrayList<>(List.of(values)));
    }

    FuzzRequest build() {
        byte[] body = rawBody;
        if (json != null) {
            try {
                body = Baselines.JSON.writeValueAsBytes(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        // insertion order kept (Map.copyOf would not): the same seed gives byte for byte the same requests
        return new FuzzRequest(op.method(), FuzzRequest.fill(op.path(), pathValues),
                Collections.unmodifiableMap(new LinkedHashMap<>(query)),
                Collections.unmodifiableMap(new LinkedHashMap<>(headers)), body);
    }
}
