package io.policylens.documents.client.feed;

import io.policylens.common.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

/**
 * Cursor positions in the consuming service's own database. The table is created by that service's
 * Flyway migration:
 * <pre>CREATE TABLE feed_cursors (consumer text PRIMARY KEY, position bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());</pre>
 */
@ApplicationScoped
public class FeedCursors {

    private final Sql sql;

    @Inject
    public FeedCursors(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    @Transactional
    public long position(String consumer) {
        return sql.first("SELECT position FROM feed_cursors WHERE consumer = ?", row -> row.getLong(1), consumer).orElse(0L);
    }

    /**
     * Locks this consumer's cursor row until the end of the transaction and returns its position.
     * Replicas of a service share the cursor: whoever holds the lock applies the next change, the
     * others wait and then see that it was applied.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lockPosition(String consumer) {
        sql.update("INSERT INTO feed_cursors (consumer, position) VALUES (?, 0) ON CONFLICT (consumer) DO NOTHING", consumer);
        return sql.longValue("SELECT position FROM feed_cursors WHERE consumer = ? FOR UPDATE", consumer);
    }

    /** Moves the cursor; must run in the transaction that wrote the event's results. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(String consumer, long position) {
        sql.update("INSERT INTO feed_cursors (consumer, position, updated_at) VALUES (?, ?, now()) "
                + "ON CONFLICT (consumer) DO UPDATE SET position = excluded.position, updated_at = now()", consumer, position);
    }
}
