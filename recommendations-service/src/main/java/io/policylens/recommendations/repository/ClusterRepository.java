package io.policylens.recommendations.repository;

import io.policylens.common.jdbc.Rows;
import io.policylens.common.jdbc.Sql;
import io.policylens.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Clusters. Every read joins the recommendations through the caller's scope, so a cluster whose members
 * are all another partner's private recommendations does not exist for the caller, and counts, label
 * and keywords never reveal what the caller may not see.
 */
@ApplicationScoped
public class ClusterRepository {

    private static final String COLUMNS = "c.id, "
            + "CASE WHEN bool_or(r.id = c.label_recommendation_id) THEN c.label ELSE (array_agg(r.action ORDER BY r.id))[1] END, "
            + "CASE WHEN count(r.id) = c.member_count THEN c.keywords ELSE '{}'::text[] END, "
            + "count(r.id), count(DISTINCT r.document_id), count(DISTINCT lower(btrim(r.document_publisher))), "
            + "count(r.id) FILTER (WHERE r.negated), c.updated_at";

    private final Sql sql;

    @Inject
    public ClusterRepository(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public List<ClusterRow> list(Caller caller, int minDocuments, int page, int size) {
        ScopedQuery scoped = new ScopedQuery(caller);
        return sql.list("SELECT " + COLUMNS
                + " FROM clusters c JOIN recommendations r ON r.cluster_id = c.id WHERE " + scoped.where()
                + " GROUP BY c.id HAVING count(DISTINCT r.document_id) >= " + minDocuments
                + " ORDER BY count(DISTINCT r.document_id) DESC, count(r.id) DESC, c.id LIMIT " + size
                + " OFFSET " + ((long) page * size), ClusterRepository::row, scoped.parameters());
    }

    public long count(Caller caller, int minDocuments) {
        ScopedQuery scoped = new ScopedQuery(caller);
        return sql.longValue("SELECT count(*) FROM (SELECT r.cluster_id FROM recommendations r WHERE "
                + scoped.where() + " AND r.cluster_id IS NOT NULL GROUP BY r.cluster_id HAVING count(DISTINCT r.document_id) >= "
                + minDocuments + ") visible", scoped.parameters());
    }

    public Optional<ClusterRow> findVisible(String id, Caller caller) {
        ScopedQuery scoped = new ScopedQuery(caller).and("c.id = ?", id);
        return sql.first("SELECT " + COLUMNS
                + " FROM clusters c JOIN recommendations r ON r.cluster_id = c.id WHERE " + scoped.where() + " GROUP BY c.id",
                ClusterRepository::row, scoped.parameters());
    }

    /** Every stored cluster, as the re-clustering job compares them with a new plan. */
    public List<ClusterEntity> listAll() {
        return sql.list("SELECT " + ClusterEntity.COLUMNS + " FROM clusters", ClusterEntity::of);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<ClusterEntity> entities) {
        sql.batch("INSERT INTO clusters (label, label_recommendation_id, keywords, member_count, document_count, "
                + "publisher_count, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entities.stream().map(ClusterRepository::values).toList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void update(List<ClusterEntity> entities) {
        sql.batch("UPDATE clusters SET label = ?, label_recommendation_id = ?, keywords = ?, member_count = ?, document_count = ?, "
                + "publisher_count = ?, updated_at = ? WHERE id = ?", entities.stream().map(ClusterRepository::values).toList());
    }

    /** Clusters whose id is not in the given set (after a re-clustering: they lost all their members). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteAllExcept(Collection<String> keep) {
        return keep.isEmpty() ? sql.update("DELETE FROM clusters")
                : sql.update("DELETE FROM clusters WHERE NOT (id = ANY (?))", keep);
    }

    /** Column values in the order of {@link #insert} and {@link #update}: the id last. */
    private static Object[] values(ClusterEntity c) {
        return new Object[] {c.label, c.labelRecommendationId, c.keywords, c.memberCount, c.documentCount, c.publisherCount,
            c.updatedAt, c.id};
    }

    private static ClusterRow row(ResultSet r) throws SQLException {
        return new ClusterRow(r.getString(1), r.getString(2), Rows.strings(r, 3), r.getLong(4), r.getLong(5), r.getLong(6),
                r.getLong(7), r.getObject(8, OffsetDateTime.class));
    }
}
