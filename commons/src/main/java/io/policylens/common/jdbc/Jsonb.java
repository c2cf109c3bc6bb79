package io.policylens.common.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;

/** A JSON text bound as a PostgreSQL jsonb parameter by {@link Sql}, and the reading and writing of jsonb columns. */
public record Jsonb(String text) {

    /** The value rendered by the mapper; null for null, so that the column becomes SQL NULL. */
    public static Jsonb of(ObjectMapper mapper, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return new Jsonb(mapper.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A jsonb column's text read as the type; null for SQL NULL. */
    public static <T> T read(ObjectMapper mapper, String text, JavaType type) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored value is not valid JSON for " + type, e);
        }
    }

    public static <T> T read(ObjectMapper mapper, String text, Class<T> type) {
        return read(mapper, text, mapper.constructType(type));
    }
}
