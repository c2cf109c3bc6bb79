package io.policylens.recommendations.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;

/**
 * The one row of clustering_state. Lock order: the feed consumer's writes and the re-clustering job's writes
 * lock this row before any recommendation or cluster row ({@link #lock}), so they serialise on it and cannot
 * deadlock on those rows; the job holds it only while it writes, not while it clusters.
 */
@ApplicationScoped
public class ClusteringStateRepository {

    /** Key of the transaction-scoped advisory lock that lets one replica at a time re-cluster. */
    private static final long CLUSTERING_LOCK = 0x5245_4355_4C53_5452L;

    @Inject
    EntityManager entityManager;

    /** Records that the clustering input changed; in the transaction that changes it, after {@link #lock}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request() {
        entityManager.createNativeQuery("UPDATE clustering_state SET requested = requested + 1, last_request_at = now(), "
                + "pending_since = coalesce(pending_since, now()) WHERE id = 1").executeUpdate();
    }

    /** The state and the consumer's feed cursor, read in one statement so both are of the same moment. */
    @Transactional
    public ClusteringState read(String consumer) {
        Object[] r = (Object[]) entityManager.createNativeQuery("SELECT requested, clustered, pending_since, last_request_at, "
                        + "clustered_at, clustered_feed_position, coalesce((SELECT position FROM feed_cursors WHERE consumer = ?1), 0), "
                        + "statement_timestamp() FROM clustering_state WHERE id = 1")
                .setParameter(1, consumer).getSingleResult();
        return new ClusteringState(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), SqlValues.offsetDateTime(r[2]),
                SqlValues.offsetDateTime(r[3]), SqlValues.offsetDateTime(r[4]), ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue(), SqlValues.offsetDateTime(r[7]));
    }

    /** True when this transaction now holds the re-clustering lock; false when another one (another replica) does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLockClustering() {
        return (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, CLUSTERING_LOCK).getSingleResult();
    }

    /** Locks the row until the end of the transaction; the first statement of a write to recommendations or clusters. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock() {
        entityManager.createNativeQuery("SELECT id FROM clustering_state WHERE id = 1 FOR UPDATE").getSingleResult();
    }

    /**
     * Records a completed re-clustering of the input as it was at {@code snapshotAt}: it covered request count
     * {@code requested} and feed position {@code feedPosition}. Whatever was requested since committed after
     * snapshotAt, which becomes the new pending-since.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(long requested, long feedPosition, OffsetDateTime snapshotAt) {
        entityManager.createNativeQuery("UPDATE clustering_state SET clustered = greatest(clustered, ?1), "
                        + "clustered_feed_position = greatest(clustered_feed_position, ?2), clustered_at = clock_timestamp(), "
                        + "pending_since = CASE WHEN requested > greatest(clustered, ?1) THEN CAST(?3 AS timestamptz) END WHERE id = 1")
                .setParameter(1, requested).setParameter(2, feedPosition).setParameter(3, snapshotAt).executeUpdate();
    }
}
