package io.policylens.common.jdbc;

/** A JSON text bound as a PostgreSQL jsonb parameter by {@link Sql}. */
public record Jsonb(String text) {
}
