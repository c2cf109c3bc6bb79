package io.policylens.recommendations.clustering;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;

/**
 * Where background re-clustering stands, for administrators: cluster views are eventually consistent with the
 * recommendations, and this says how far behind they are.
 *
 * @param pending          changes to the clustering input are not reflected in the clusters yet
 * @param clusteredUpTo    the newest change (documents-service's sequence number) reflected in the clusters
 * @param pendingSince     no change still to be clustered is older than this; null when nothing is pending
 * @param lastClusteredAt  when the last re-clustering completed
 * @param lastDurationMs   how long this instance's last re-clustering took (null before its first)
 * @param lastRecommendations how many recommendations this instance's last re-clustering covered
 * @param lastError        why this instance's last attempt failed, or null
 */
@RegisterForReflection
public record ClusteringStatus(boolean pending, long clusteredUpTo, Instant pendingSince, Instant lastClusteredAt,
                               Long lastDurationMs, Long lastRecommendations, String lastError) {
}
