package io.policylens.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.time.OffsetDateTime;

/**
 * The one row of clustering_state. Lock order: the feed consumer's writes and the re-clustering job's writes
 * lock this row before any recommendation or cluster row ({@link #lock}), so they serialise on it and cannot
 * deadlock on those rows; the job holds it only while it writes, not while it clusters.
 */
@ApplicationScoped
public class ClusteringStateRepository implements PanacheRepositoryBase<ClusteringStateEntity, Short> {

    /** Key of the transaction-scoped advisory lock that lets one replica at a time re-cluster. */
    private static final long CLUSTERING_LOCK = 0x5245_4355_4C53_5452L;

    private static final short ROW = 1;

    /** Records that the clustering input changed; in the transaction that changes it, after {@link #lock}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request() {
        getEntityManager().createNamedQuery("ClusteringState.request").executeUpdate();
    }

    /** The state and the consumer's newest applied change, read in one statement so both are of the same moment. */
    @Transactional
    @SuppressWarnings("unchecked")
    public ClusteringState read(String consumer) {
        NativeQuery<Object[]> query =
                getEntityManager()
                        .createNamedQuery("ClusteringState.read")
                        .unwrap(NativeQuery.class);
        query.addScalar("requested", Long.class)
                .addScalar("clustered", Long.class)
                .addScalar("pending_since", OffsetDateTime.class)
                .addScalar("last_request_at", OffsetDateTime.class)
                .addScalar("clustered_at", OffsetDateTime.class)
                .addScalar("clustered_feed_position", Long.class)
                .addScalar("feed_position", Long.class)
                .addScalar("read_at", OffsetDateTime.class)
                .setParameter(1, consumer);
        Object[] r =
                query.uniqueResultOptional()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "clustering_state has no " + "row"));
        return new ClusteringState(
                (Long) r[0],
                (Long) r[1],
                (OffsetDateTime) r[2],
                (OffsetDateTime) r[3],
                (OffsetDateTime) r[4],
                (Long) r[5],
                (Long) r[6],
                (OffsetDateTime) r[7]);
    }

    /** True when this transaction now holds the re-clustering lock; false when another one (another replica) does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLockClustering() {
        return (Boolean)
                getEntityManager()
                        .createNamedQuery("ClusteringState.tryLock")
                        .setParameter(1, CLUSTERING_LOCK)
                        .getSingleResult();
    }

    /**
     * Locks the row until the end of the transaction; the first statement of a write to
     * recommendations or clusters.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock() {
        findByIdOptional(ROW, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new IllegalStateException("clustering_state has no row"));
    }

    /**
     * Records a completed re-clustering of the input as it was at {@code snapshotAt}: it covered request count
     * {@code requested} and feed position {@code feedPosition}. Whatever was requested since committed after
     * snapshotAt, which becomes the new pending-since.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(long requested, long feedPosition, OffsetDateTime snapshotAt) {
        getEntityManager()
                .createNamedQuery("ClusteringState.complete")
                .setParameter(1, requested)
                .setParameter(2, feedPosition)
                .setParameter(3, snapshotAt)
                .executeUpdate();
    }
}
