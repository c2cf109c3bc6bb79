package io.policylens.documents.client.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Cursor positions in the consuming service's own database. The table is created by that service's
 * Flyway migration:
 * <pre>CREATE TABLE feed_cursors (consumer text PRIMARY KEY, position bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());</pre>
 * Three statements on one row, so plain JDBC on the pool: inside the JTA transaction Agroal hands out the
 * transaction's connection, so the cursor moves in the same commit as the consumer's results.
 */
@ApplicationScoped
public class FeedCursors {

    private final DataSource dataSource;

    @Inject
    public FeedCursors(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public long position(String consumer) {
        return queryPosition("SELECT position FROM feed_cursors WHERE consumer = ?", consumer);
    }

    /**
     * Locks this consumer's cursor row until the end of the transaction and returns its position.
     * Replicas of a service share the cursor: whoever holds the lock applies the next change, the
     * others wait and then see that it was applied.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lockPosition(String consumer) {
        update("INSERT INTO feed_cursors (consumer, position) VALUES (?, 0) ON CONFLICT (consumer) DO NOTHING", consumer, null);
        return queryPosition("SELECT position FROM feed_cursors WHERE consumer = ? FOR UPDATE", consumer);
    }

    /** Moves the cursor; must run in the transaction that wrote the event's results. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(String consumer, long position) {
        update("INSERT INTO feed_cursors (consumer, position, updated_at) VALUES (?, ?, now()) "
                + "ON CONFLICT (consumer) DO UPDATE SET position = excluded.position, updated_at = now()", consumer, position);
    }

    private long queryPosition(String sql, String consumer) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, consumer);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        } catch (SQLException e) {
            throw new CursorException(sql, e);
        }
    }

    private void update(String sql, String consumer, Long position) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, consumer);
            if (position != null) {
                statement.setLong(2, position);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new CursorException(sql, e);
        }
    }

    /** A cursor statement failed; unchecked so the consumer's transaction rolls back. */
    static final class CursorException extends RuntimeException {
        CursorException(String sql, SQLException cause) {
            super(sql + ": " + cause.getMessage(), cause);
        }
    }
}
