package io.policylens.documents.client.stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Named counters in the consuming service's own database (table {@code stream_positions}, created by that service's
 * Flyway migrations): the newest change (by documents-service's sequence number) applied under the consumer's name,
 * and the re-extraction generation under {@code <consumer>-reextraction}. Neither is a resume point: Kafka's committed
 * offsets are. Plain JDBC on the pool: inside the JTA transaction Agroal hands out the transaction's connection, so a
 * position moves in the same commit as the consumer's results.
 */
@ApplicationScoped
public class StreamPositions {

    private final DataSource dataSource;

    @Inject
    public StreamPositions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public long position(String name) {
        return queryPosition("SELECT position FROM stream_positions WHERE consumer = ?", name);
    }

    /** Locks the row until the end of the transaction and returns its value (0 when there is none yet). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lockPosition(String name) {
        update("INSERT INTO stream_positions (consumer, position) VALUES (?, 0) ON CONFLICT (consumer) DO NOTHING",
                name, null);
        return queryPosition("SELECT position FROM stream_positions WHERE consumer = ? FOR UPDATE", name);
    }

    /** Sets the value; must run in the transaction that wrote what it stands for. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(String name, long position) {
        update("INSERT INTO stream_positions (consumer, position, updated_at) VALUES (?, ?, now()) "
                + "ON CONFLICT (consumer) DO UPDATE SET position = excluded.position, updated_at = now()",
                name, position);
    }

    /**
     * Raises the value to {@code position} unless it is already higher: changes of different documents arrive out of
     * order across partitions, and a re-delivered change must not move it back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advanceTo(String name, long position) {
        update("INSERT INTO stream_positions (consumer, position, updated_at) VALUES (?, ?, now()) "
                + "ON CONFLICT (consumer) DO UPDATE "
                + "SET position = greatest(stream_positions.position, excluded.position), updated_at = now()",
                name, position);
    }

    private long queryPosition(String sql, String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        } catch (SQLException e) {
            throw new PositionException(sql, e);
        }
    }

    private void update(String sql, String name, Long position) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            if (position != null) {
                statement.setLong(2, position);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new PositionException(sql, e);
        }
    }

    /** A position statement failed; unchecked so the consumer's transaction rolls back. */
    static final class PositionException extends RuntimeException {
        PositionException(String sql, SQLException cause) {
            super(sql + ": " + cause.getMessage(), cause);
        }
    }
}
