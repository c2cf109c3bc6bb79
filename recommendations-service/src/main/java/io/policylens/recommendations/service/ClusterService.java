package io.policylens.recommendations.service;

import io.policylens.common.paging.Page;
import io.policylens.common.problem.ProblemException;
import io.policylens.common.security.Caller;
import io.policylens.recommendations.repository.ClusterRepository;
import io.policylens.recommendations.repository.ClusterRow;
import io.policylens.recommendations.repository.RecommendationEntity;
import io.policylens.recommendations.repository.RecommendationFilter;
import io.policylens.recommendations.repository.RecommendationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Clusters as the caller sees them: only visible members count, a cluster without any is not found. */
@ApplicationScoped
public class ClusterService {

    @Inject
    ClusterRepository clusters;

    @Inject
    RecommendationRepository recommendations;

    @Transactional
    public Page<ClusterRow> list(Caller caller, int minDocuments, int page, int size) {
        return new Page<>(clusters.list(caller, minDocuments, page, size), page, size,
                clusters.count(caller, minDocuments));
    }

    @Transactional
    public WithMembers get(String id, Caller caller, int page, int size) {
        ClusterRow cluster = clusters.findVisible(id, caller)
                .orElseThrow(() -> ProblemException.notFound("cluster " + id + " not found"));
        RecommendationFilter filter = RecommendationFilter.ofCluster(id);
        Page<RecommendationEntity> members = new Page<>(recommendations.list(caller, filter, page, size), page, size,
                recommendations.count(caller, filter));
        return new WithMembers(cluster, members);
    }

    /** A cluster and one page of its visible members. */
    public record WithMembers(ClusterRow cluster, Page<RecommendationEntity> members) {
    }
}
