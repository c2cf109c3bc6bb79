package io.policylens.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The tracking history of recommendations, oldest first. */
@ApplicationScoped
public class StatusHistoryRepository implements PanacheRepositoryBase<StatusChangeEntity, UUID> {

    public List<StatusChangeEntity> ofRecommendation(UUID recommendationId) {
        return list("recommendationId = ?1 order by at, id", recommendationId);
    }
}
