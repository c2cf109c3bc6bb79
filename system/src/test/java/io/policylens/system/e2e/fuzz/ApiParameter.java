package io.policylens.system.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** A path, query or header parameter and its (resolved) schema. */
public record ApiParameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {

    public String type() {
        return schema.path("type").asText("string");
    }

    public boolean isUuid() {
        return "uuid".equals(schema.path("format").asText());
    }

    public boolean isInteger() {
        return type().equals("integer");
    }

    public boolean isBoolean() {
        return type().equals("boolean");
    }

    public OptionalLong minimum() {
        return schema.has("minimum") ? OptionalLong.of(schema.get("minimum").asLong()) : OptionalLong.empty();
    }

    public OptionalLong maximum() {
        return schema.has("maximum") ? OptionalLong.of(schema.get("maximum").asLong()) : OptionalLong.empty();
    }

    /** maxLength, or -1 when the schema sets none. */
    public int maxLength() {
        return schema.path("maxLength").asInt(-1);
    }

    public List<String> enumValues() {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }
}
