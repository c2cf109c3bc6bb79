package io.policylens.recommendations.clustering;

import io.policylens.recommendations.repository.ClusterEntity;
import io.policylens.recommendations.repository.ClusterRepository;
import io.policylens.recommendations.repository.RecommendationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a re-clustering: clusters created or changed, members whose cluster changed, clusters left without
 * members deleted. Only differences are written, so a run that changes little writes little. Runs in the
 * re-clustering job's transaction, after it locked the clustering state.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class ClusterWriter {

    @Inject
    ClusterRepository clusters;

    @Inject
    RecommendationRepository recommendations;

    void apply(ClusterPlan plan) {
        Map<String, ClusterEntity> existing = clusters.listAll().stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, List<UUID>> moved = new LinkedHashMap<>();
        List<ClusterEntity> created = new ArrayList<>();
        for (RecommendationCluster cluster : plan.clusters()) {
            ClusterEntity entity = existing.get(cluster.id());
            boolean isNew = entity == null;
            if (isNew) {
                entity = new ClusterEntity();
                entity.id = cluster.id();
                created.add(entity);
            }
            if (isNew || changed(entity, cluster, plan)) {
                entity.label = cluster.label();
                entity.labelRecommendationId = plan.labelMembers().get(cluster.id());
                entity.keywords = cluster.keywords();
                entity.memberCount = cluster.members().size();
                entity.documentCount = cluster.documents();
                entity.publisherCount = cluster.publishers();
                entity.updatedAt = now;
            }
            for (String key : cluster.members()) {
                UUID id = UUID.fromString(key);
                if (!cluster.id().equals(plan.previousCluster().get(id))) {
                    moved.computeIfAbsent(cluster.id(), k -> new ArrayList<>()).add(id);
                }
            }
        }
        // clusters first: the members' cluster_id references them; changed ones are read here and written by Hibernate
        clusters.insert(created);
        moved.forEach(recommendations::assignCluster);
        Set<String> keep = new HashSet<>();
        plan.clusters().forEach(c -> keep.add(c.id()));
        clusters.deleteAllExcept(keep);
    }

    private static boolean changed(ClusterEntity entity, RecommendationCluster cluster, ClusterPlan plan) {
        return !entity.label.equals(cluster.label())
                || !Objects.equals(
                        entity.labelRecommendationId, plan.labelMembers().get(cluster.id()))
                || !Objects.equals(entity.keywords, cluster.keywords())
                || entity.memberCount != cluster.members().size()
                || entity.documentCount != cluster.documents()
                || entity.publisherCount != cluster.publishers();
    }
}
