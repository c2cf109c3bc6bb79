package io.policylens.recommendations.repository;

import io.policylens.common.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

/** The tracking history of recommendations, oldest first. */
@ApplicationScoped
public class StatusHistoryRepository {

    private final Sql sql;

    @Inject
    public StatusHistoryRepository(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public List<StatusChangeEntity> ofRecommendation(UUID recommendationId) {
        return sql.list("SELECT " + StatusChangeEntity.COLUMNS + " FROM recommendation_status_history "
                + "WHERE recommendation_id = ? ORDER BY at, id", StatusChangeEntity::of, recommendationId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(StatusChangeEntity entry) {
        sql.update("INSERT INTO recommendation_status_history (" + StatusChangeEntity.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.id, entry.recommendationId, entry.fromStatus, entry.status, entry.note, entry.actor, entry.actorOrg,
                entry.effectiveDate, entry.at);
    }
}
