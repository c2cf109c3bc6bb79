package io.policylens.documents.client.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Cursor positions in the consuming service's own database. The table is created by that service's
 * Flyway migration:
 * <pre>CREATE TABLE feed_cursors (consumer text PRIMARY KEY, position bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());</pre>
 */
@ApplicationScoped
public class FeedCursors {

    @Inject
    EntityManager entityManager;

    @Transactional
    public long position(String consumer) {
        List<?> rows = entityManager.createNativeQuery("SELECT position FROM feed_cursors WHERE consumer = ?1")
                .setParameter(1, consumer).getResultList();
        return rows.isEmpty() ? 0L : ((Number) rows.get(0)).longValue();
    }

    /**
     * Locks this consumer's cursor row until the end of the transaction and returns its position.
     * Replicas of a service share the cursor: whoever holds the lock applies the next change, the
     * others wait and then see that it was applied.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lockPosition(String consumer) {
        entityManager.createNativeQuery("INSERT INTO feed_cursors (consumer, position) VALUES (?1, 0) ON CONFLICT (consumer) DO NOTHING")
                .setParameter(1, consumer).executeUpdate();
        Number position = (Number) entityManager.createNativeQuery("SELECT position FROM feed_cursors WHERE consumer = ?1 FOR UPDATE")
                .setParameter(1, consumer).getSingleResult();
        return position.longValue();
    }

    /** Moves the cursor; must run in the transaction that wrote the event's results. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(String consumer, long position) {
        entityManager.createNativeQuery("INSERT INTO feed_cursors (consumer, position, updated_at) VALUES (?1, ?2, now()) "
                        + "ON CONFLICT (consumer) DO UPDATE SET position = excluded.position, updated_at = now()")
                .setParameter(1, consumer).setParameter(2, position).executeUpdate();
    }
}
