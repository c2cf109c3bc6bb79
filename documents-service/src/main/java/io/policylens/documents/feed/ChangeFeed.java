package io.policylens.documents.feed;

import io.policylens.documents.repository.DocumentEntity;
import io.policylens.documents.repository.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ordered change feed consumers (claims-service, recommendations-service) follow with a cursor.
 *
 * <p>The classic trap: a sequence value is taken when a row is inserted but becomes visible only at
 * commit, so transaction A can take seq 7, transaction B seq 8, B commits first and a consumer that
 * reads 8 and moves its cursor past 7 never sees A's event. Here seq is taken while holding a
 * transaction-scoped advisory lock that PostgreSQL releases only after commit: appends are
 * serialised in commit order, so whenever seq N is visible every smaller seq is visible too. The
 * lock is taken as the last statement of the writing transaction (after the document rows are
 * flushed) to keep the serialised section short.
 */
@ApplicationScoped
public class ChangeFeed {

    /** Arbitrary constant naming the advisory lock of this feed. */
    static final long FEED_LOCK = 0x504C_4645_4544L; // "PLFEED"

    @Inject
    EntityManager entityManager;

    /** Appends an event in the caller's transaction; the event is visible when that transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(DocumentEntity document, ChangeKind kind) {
        entityManager.flush();
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, FEED_LOCK).getSingleResult();
        Number seq = (Number) entityManager.createNativeQuery("INSERT INTO document_changes "
                        + "(seq, document_id, revision, kind, owner_org, visibility) "
                        + "VALUES (nextval('document_changes_seq'), ?1, ?2, ?3, ?4, ?5) RETURNING seq")
                .setParameter(1, document.id)
                .setParameter(2, document.revision)
                .setParameter(3, kind.label())
                .setParameter(4, document.ownerOrg)
                .setParameter(5, document.visibility)
                .getSingleResult();
        return seq.longValue();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public ChangeFeedPage after(long cursor, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT seq, document_id, revision, kind, owner_org, visibility, "
                        + "occurred_at FROM document_changes WHERE seq > ?1 ORDER BY seq LIMIT ?2")
                .setParameter(1, cursor)
                .setParameter(2, limit + 1)
                .getResultList();
        List<ChangeEvent> events = new ArrayList<>(Math.min(rows.size(), limit));
        for (int i = 0; i < Math.min(rows.size(), limit); i++) {
            Object[] r = rows.get(i);
            events.add(new ChangeEvent(((Number) r[0]).longValue(), (UUID) r[1], ((Number) r[2]).intValue(),
                    ChangeKind.valueOf(((String) r[3]).toUpperCase(java.util.Locale.ROOT)), (String) r[4], (String) r[5],
                    SqlValues.offsetDateTime(r[6])));
        }
        long next = events.isEmpty() ? cursor : events.get(events.size() - 1).seq();
        return new ChangeFeedPage(events, next, rows.size() > limit, Math.max(head(), next));
    }

    /** The newest committed seq (0 for an empty feed). */
    @Transactional
    public long head() {
        return ((Number) entityManager.createNativeQuery("SELECT coalesce(max(seq), 0) FROM document_changes")
                .getSingleResult()).longValue();
    }
}
