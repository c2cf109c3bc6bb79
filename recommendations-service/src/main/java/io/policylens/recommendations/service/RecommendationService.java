package io.policylens.recommendations.service;

import io.policylens.common.paging.Page;
import io.policylens.common.problem.ProblemException;
import io.policylens.common.security.Caller;
import io.policylens.recommendations.repository.EvidenceLinkEntity;
import io.policylens.recommendations.repository.EvidenceRepository;
import io.policylens.recommendations.repository.RecommendationEntity;
import io.policylens.recommendations.repository.RecommendationFilter;
import io.policylens.recommendations.repository.RecommendationRepository;
import io.policylens.recommendations.repository.StatusChangeEntity;
import io.policylens.recommendations.repository.StatusHistoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Reading recommendations, always within the caller's partner scope. */
@ApplicationScoped
public class RecommendationService {

    @Inject
    RecommendationRepository recommendations;

    @Inject
    EvidenceRepository evidence;

    @Inject
    StatusHistoryRepository history;

    @Transactional
    public Page<RecommendationEntity> list(Caller caller, RecommendationFilter filter, int page, int size) {
        return Page.of(recommendations.list(caller, filter, page, size), page, size,
                () -> recommendations.count(caller, filter));
    }

    @Transactional
    public WithEvidence get(UUID id, Caller caller) {
        RecommendationEntity recommendation = visible(id, caller);
        return new WithEvidence(recommendation, evidence.ofRecommendation(id));
    }

    @Transactional
    public List<StatusChangeEntity> history(UUID id, Caller caller) {
        visible(id, caller);
        return history.ofRecommendation(id);
    }

    /** Another partner's private recommendation answers 404, exactly like a missing one. */
    private RecommendationEntity visible(UUID id, Caller caller) {
        return recommendations.findVisible(id, caller).orElseThrow(() -> notFound(id));
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("recommendation " + id + " not found");
    }

    /** A recommendation with the claims that support it, best first. */
    public record WithEvidence(RecommendationEntity recommendation, List<EvidenceLinkEntity> evidence) {
    }
}
