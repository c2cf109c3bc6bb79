package io.policylens.recommendations.repository;

import io.policylens.common.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
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

    private final Sql sql;

    @Inject
    public ClusteringStateRepository(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** Records that the clustering input changed; in the transaction that changes it, after {@link #lock}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request() {
        sql.update("UPDATE clustering_state SET requested = requested + 1, last_request_at = now(), "
                + "pending_since = coalesce(pending_since, now()) WHERE id = 1");
    }

    /** The state and the consumer's feed cursor, read in one statement so both are of the same moment. */
    @Transactional
    public ClusteringState read(String consumer) {
        return sql.first("SELECT requested, clustered, pending_since, last_request_at, clustered_at, clustered_feed_position, "
                        + "coalesce((SELECT position FROM feed_cursors WHERE consumer = ?), 0), statement_timestamp() "
                        + "FROM clustering_state WHERE id = 1",
                r -> new ClusteringState(r.getLong(1), r.getLong(2), r.getObject(3, OffsetDateTime.class),
                        r.getObject(4, OffsetDateTime.class), r.getObject(5, OffsetDateTime.class), r.getLong(6), r.getLong(7),
                        r.getObject(8, OffsetDateTime.class)), consumer)
                .orElseThrow(() -> new IllegalStateException("clustering_state has no row"));
    }

    /** True when this transaction now holds the re-clustering lock; false when another one (another replica) does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLockClustering() {
        return sql.first("SELECT pg_try_advisory_xact_lock(?)", r -> r.getBoolean(1), CLUSTERING_LOCK).orElseThrow();
    }

    /** Locks the row until the end of the transaction; the first statement of a write to recommendations or clusters. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock() {
        sql.longValue("SELECT id FROM clustering_state WHERE id = 1 FOR UPDATE"); // fails when the row is missing
    }

    /**
     * Records a completed re-clustering of the input as it was at {@code snapshotAt}: it covered request count
     * {@code requested} and feed position {@code feedPosition}. Whatever was requested since committed after
     * snapshotAt, which becomes the new pending-since.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(long requested, long feedPosition, OffsetDateTime snapshotAt) {
        sql.update("UPDATE clustering_state SET clustered = greatest(clustered, ?), "
                        + "clustered_feed_position = greatest(clustered_feed_position, ?), clustered_at = clock_timestamp(), "
                        + "pending_since = CASE WHEN requested > greatest(clustered, ?) THEN CAST(? AS timestamptz) END WHERE id = 1",
                requested, feedPosition, requested, snapshotAt);
    }
}
