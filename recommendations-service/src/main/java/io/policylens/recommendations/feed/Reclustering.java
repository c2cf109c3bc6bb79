package io.policylens.recommendations.feed;

import io.policylens.recommendations.clustering.ClusterMember;
import io.policylens.recommendations.clustering.RecommendationCluster;
import io.policylens.recommendations.clustering.RecommendationClusterer;
import io.policylens.recommendations.extraction.ExtractedRecommendation;
import io.policylens.recommendations.repository.RecommendationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Re-clusters ALL recommendations (every partner's: clusters are global, the API scopes what each caller
 * sees of them) whenever a document's cluster-relevant content changed, passing the previous assignment
 * so cluster ids stay put. Why all and not only the changed document: the clusterer is greedy over
 * members in key order with running centroids, so adding or removing members can move others; only a
 * full run gives the same clusters whatever order documents arrived in. It is O(members x clusters)
 * per changed document, fine for a corpus of thousands of recommendations. A replay or a metadata-only
 * change leaves the members as they are and skips clustering entirely.
 */
@ApplicationScoped
class Reclustering {

    @Inject
    RecommendationRepository recommendations;

    @Inject
    RecommendationClusterer clusterer;

    /** The plan after the document's recommendations become {@code items}; empty when clustering would not change. */
    Optional<ClusterPlan> after(UUID documentId, String publisher, List<ExtractedItem> items) {
        List<Row> rows = QuarkusTransaction.requiringNew().call(this::rows);
        Set<ClusterMember> before = new HashSet<>();
        boolean unclustered = false;
        List<ClusterMember> members = new ArrayList<>();
        Map<UUID, String> previous = new HashMap<>();
        for (Row row : rows) {
            if (row.member().documentId().equals(documentId.toString())) {
                before.add(row.member());
                unclustered |= row.clusterId() == null;
            } else {
                members.add(row.member());
            }
            if (row.clusterId() != null) {
                previous.put(UUID.fromString(row.member().key()), row.clusterId());
            }
        }
        Set<ClusterMember> now = new HashSet<>();
        for (ExtractedItem item : items) {
            now.add(member(item.id(), documentId, publisher, item.recommendation()));
        }
        if (!unclustered && before.equals(now)) {
            return Optional.empty();
        }
        members.addAll(now);
        return Optional.of(plan(members, previous));
    }

    /** The plan after the document's recommendations are removed; empty when it had none. */
    Optional<ClusterPlan> without(UUID documentId) {
        return after(documentId, null, List.of());
    }

    private ClusterPlan plan(List<ClusterMember> members, Map<UUID, String> previous) {
        Map<String, String> previousByKey = new HashMap<>();
        previous.forEach((id, cluster) -> previousByKey.put(id.toString(), cluster));
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

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Object[] r : recommendations.clusterRows()) {
            rows.add(new Row(new ClusterMember(r[0].toString(), r[1].toString(), (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], strings(r[6]), strings(r[7]), (Boolean) r[8]), (String) r[9]));
        }
        return rows;
    }

    static ClusterMember member(UUID id, UUID documentId, String publisher, ExtractedRecommendation r) {
        return new ClusterMember(id.toString(), documentId.toString(), publisher, r.text(), r.actor(), r.action(), r.topics(),
                r.forums(), r.negated());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        return value == null ? List.of() : List.copyOf((List<String>) value);
    }

    private record Row(ClusterMember member, String clusterId) {
    }
}
