package io.policylens.common.jdbc;

import io.policylens.common.problem.ProblemException;

import javax.sql.DataSource;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC with positional {@code ?} parameters. The services write their SQL by hand (PostgreSQL
 * full-text search, advisory locks, upserts), so an object-relational mapper bought them little and
 * cost ~30 MB of resident memory per service in classes; this is the small part of one they need.
 *
 * <p>Inside a JTA transaction ({@code @Transactional}, {@code QuarkusTransaction}) the Agroal pool hands
 * every call the transaction's connection, so the statements of one transaction commit or roll back
 * together; outside one each statement commits by itself.
 *
 * <p>Parameters: {@code null}, strings, numbers, booleans, {@link java.util.UUID}, {@link java.time.LocalDate},
 * {@link java.time.OffsetDateTime} and {@link Instant} as themselves, any {@link Collection} as a
 * {@code text[]} array, and {@link Jsonb} as a jsonb value.
 */
public final class Sql {

    /** Rows sent per round trip by {@link #batch}. */
    private static final int BATCH_SIZE = 100;

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        return run(sql, parameters, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) {
        return run(sql, parameters, statement -> {
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(mapper.map(rows)) : Optional.empty();
            }
        });
    }

    /** The first column of the first row as a long; a query without rows or with a null value is an error. */
    public long longValue(String sql, Object... parameters) {
        return first(sql, rows -> {
            long value = rows.getLong(1);
            return rows.wasNull() ? null : value;
        }, parameters).orElseThrow(() -> new UncheckedSqlException("no value returned by: " + sql, null));
    }

    /** Runs a statement that returns no rows (or whose rows are ignored); returns the update count. */
    public int update(String sql, Object... parameters) {
        return run(sql, parameters, PreparedStatement::executeUpdate);
    }

    /** Runs a statement that returns rows for its side effect only, such as {@code SELECT pg_advisory_xact_lock(?)}. */
    public void execute(String sql, Object... parameters) {
        run(sql, parameters, statement -> {
            statement.execute();
            return null;
        });
    }

    /** One statement, many parameter rows, one round trip per {@code batchSize} rows. */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                bind(connection, statement, row);
                statement.addBatch();
                if (++pending == BATCH_SIZE) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw new UncheckedSqlException(sql, e);
        }
    }

    private <T> T run(String sql, Object[] parameters, StatementAction<T> action) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            return action.apply(statement);
        } catch (SQLException e) {
            throw new UncheckedSqlException(sql, e);
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof String text) {
                statement.setString(index, storable(text));
            } else if (value instanceof Collection<?> values) {
                Array array = connection.createArrayOf("text",
                        values.stream().map(v -> v == null ? null : storable(v.toString())).toArray());
                statement.setArray(index, array);
            } else if (value instanceof Jsonb json) {
                if (json.text().contains("\\u0000")) { // the escape jsonb refuses
                    throw nul();
                }
                // sent untyped: the server casts the text to the jsonb column or to a ?::jsonb cast
                statement.setObject(index, json.text(), Types.OTHER);
            } else if (value instanceof Instant instant) {
                statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
            } else if (value instanceof Enum<?> constant) {
                statement.setString(index, constant.name());
            } else {
                statement.setObject(index, value);
            }
        }
    }

    /**
     * PostgreSQL's text and jsonb cannot hold a NUL character (the statement fails with "invalid byte sequence" or
     * "unsupported Unicode escape sequence"), so one can only come from a caller's input: a query parameter or a JSON
     * field. That is the caller's error (400), not a server error, and the transaction writes nothing.
     */
    private static String storable(String text) {
        if (text.indexOf('\0') >= 0) {
            throw nul();
        }
        return text;
    }

    private static ProblemException nul() {
        return ProblemException.badRequest("a text value contains a NUL character, which cannot be stored or searched");
    }

    @FunctionalInterface
    private interface StatementAction<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }
}
