package io.policylens.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** The tracking history of recommendations, oldest first. */
@ApplicationScoped
public class StatusHistoryRepository implements PanacheRepositoryBase<StatusChangeEntity, UUID> {

    public List<StatusChangeEntity> ofRecommendation(UUID recommendationId) {
        return list("recommendationId", Sort.by("at").and("id"), recommendationId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(StatusChangeEntity entry) {
        persist(entry);
    }
}
