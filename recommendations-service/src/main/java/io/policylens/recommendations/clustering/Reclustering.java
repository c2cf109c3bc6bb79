package io.policylens.recommendations.clustering;

import io.policylens.recommendations.repository.RecommendationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A full re-clustering of ALL recommendations (every partner's: clusters are global, the API scopes what each
 * caller sees of them), with the current assignment passed in so cluster ids stay put. Full, not incremental:
 * the clusterer is greedy over members in key order with running centroids, so only a full run gives the same
 * clusters whatever order documents arrived in. {@link ClusteringJob} runs it once per burst of changes.
 */
@ApplicationScoped
class Reclustering {

    @Inject
    RecommendationRepository recommendations;

    @Inject
    RecommendationClusterer clusterer;

    /** Reads every recommendation and clusters them; in the caller's transaction. */
    ClusterPlan plan() {
        List<ClusterMember> members = new ArrayList<>();
        Map<UUID, String> previous = new HashMap<>();
        Map<String, String> previousByKey = new HashMap<>();
        for (Object[] row : recommendations.clusterRows()) {
            ClusterMember member = ClusterMembers.of(row);
            members.add(member);
            String clusterId = (String) row[9];
            if (clusterId != null) {
                previous.put(UUID.fromString(member.key()), clusterId);
                previousByKey.put(member.key(), clusterId);
            }
        }
        List<RecommendationCluster> clusters = clusterer.cluster(members, previousByKey);
        Map<String, ClusterMember> byKey = new HashMap<>();
        members.forEach(m -> byKey.put(m.key(), m));
        Map<String, UUID> labelMembers = new HashMap<>();
        for (RecommendationCluster cluster : clusters) {
            labelMembers.put(cluster.id(), labelMember(cluster, byKey));
        }
        return new ClusterPlan(clusters, labelMembers, previous);
    }

    /** The member whose action became the label (the clusterer reports the text, not the member). */
    private static UUID labelMember(RecommendationCluster cluster, Map<String, ClusterMember> byKey) {
        for (String key : cluster.members()) {
            ClusterMember member = byKey.get(key);
            String label = member.action() == null ? member.text() : member.action();
            if (label.equals(cluster.label()) || label.length() > 120 && cluster.label().endsWith("...")
                    && cluster.label().startsWith(label.substring(0, 117).strip())) {
                return UUID.fromString(key);
            }
        }
        return null;
    }
}
