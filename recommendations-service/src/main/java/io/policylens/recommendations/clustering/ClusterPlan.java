package io.policylens.recommendations.clustering;


import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outcome of a re-clustering, computed and written in the re-clustering job's transaction.
 *
 * @param clusters every cluster, with member keys (recommendation ids)
 * @param labelMembers per cluster id, the member its label was taken from
 * @param previousCluster per recommendation id, its cluster when the rows were read; only changed
 *     assignments are written
 */
record ClusterPlan(
        List<RecommendationCluster> clusters,
        Map<String, UUID> labelMembers,
        Map<UUID, String> previousCluster) {}
