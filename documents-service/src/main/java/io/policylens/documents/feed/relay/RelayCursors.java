package io.policylens.documents.feed.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.OptionalLong;

/** The relays' cursor rows (change_relay_cursors): how far each relay has published the change feed. */
@ApplicationScoped
public class RelayCursors {

    @Inject
    EntityManager entityManager;

    /**
     * Locks the relay's row until the transaction ends and returns its position, or empty when another transaction
     * (another replica's relay) holds it: that relay is publishing, this one must not.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OptionalLong lock(String relay) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT last_seq FROM change_relay_cursors WHERE relay = ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, relay).getResultList();
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) rows.get(0)).longValue());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(String relay, long lastSeq) {
        entityManager.createNativeQuery("UPDATE change_relay_cursors SET last_seq = ?2 WHERE relay = ?1")
                .setParameter(1, relay).setParameter(2, lastSeq).executeUpdate();
    }

    /** The relay's position without locking (for the backlog); 0 for an unknown relay. */
    @Transactional
    public long position(String relay) {
        List<?> rows = entityManager.createNativeQuery("SELECT last_seq FROM change_relay_cursors WHERE relay = ?1")
                .setParameter(1, relay).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    /** Creates the relay's row at 0 if it is missing (a relay name other than the migration's). */
    @Transactional
    public void ensure(String relay) {
        entityManager.createNativeQuery("INSERT INTO change_relay_cursors (relay) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, relay).executeUpdate();
    }
}
