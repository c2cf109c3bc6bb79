package io.policylens.recommendations.repository;

import java.time.OffsetDateTime;

/**
 * Where background re-clustering stands (table clustering_state).
 *
 * @param requested count of changes to the clustering input so far
 * @param clustered the count the last completed re-clustering had seen: current when equal to
 *     requested
 * @param pendingSince no change still to be clustered committed before this; null when current
 * @param lastRequestAt when the clustering input last changed
 * @param clusteredAt when the last re-clustering completed
 * @param clusteredFeedPosition the newest applied change when the last completed re-clustering read
 *     the recommendations
 * @param feedPosition the newest applied change (documents-service's sequence number) at the same
 *     moment
 * @param readAt the database's clock when this was read
 */
public record ClusteringState(
        long requested,
        long clustered,
        OffsetDateTime pendingSince,
        OffsetDateTime lastRequestAt,
        OffsetDateTime clusteredAt,
        long clusteredFeedPosition,
        long feedPosition,
        OffsetDateTime readAt) {

    public boolean pending() {
        return requested > clustered;
    }

    /**
     * The newest change reflected in the clusters: the newest applied when nothing is pending, else the newest the last
     * completed re-clustering had read. Changes of different documents are applied in parallel partitions, so an older
     * change can still be on its way.
     */
    public long clusteredUpTo() {
        return pending() ? clusteredFeedPosition : Math.max(clusteredFeedPosition, feedPosition);
    }
}
