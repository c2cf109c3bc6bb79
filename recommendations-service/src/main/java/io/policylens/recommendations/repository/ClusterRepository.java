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
 * Clusters. Every read joins the recommendations through the caller's scope, so a cluster whose members are all
 * another partner's private recommendations does not exist for the caller. Clusters are computed over every
 * partner's recommendations, so what the re-clustering stored (label, keywords, counts, time of the last change)
 * depends on private members too; a caller who does not see every partner gets a cluster made only of what it may
 * see: counts over visible members, the label of the visible member with the lowest id, keywords from the topics and
 * forums the visible members share, and the time the newest visible member joined. Nothing in its answer moves when
 * another partner's private recommendation joins or leaves the cluster.
 */
@ApplicationScoped
public class ClusterRepository {

    private static final String COUNTS = "count(r.id), count(DISTINCT r.document_id), count(DISTINCT lower(btrim(r.document_publisher))), "
            + "count(r.id) FILTER (WHERE r.negated)";

    /** For callers who see every member: what the re-clustering stored. */
    private static final String STORED = "c.id, c.label, c.keywords, " + COUNTS + ", c.updated_at";

    /**
     * For partners: only visible members. Keywords are the visible members' topics and forums that at least two of
     * them share (or the only member's), most frequent first; the one placeholder is the caller's organisation.
     */
    private static final String VISIBLE_ONLY = "c.id, (array_agg(r.action ORDER BY r.id))[1], "
            + "ARRAY(SELECT k FROM recommendations m, unnest(m.topics || m.forums) k "
            + "WHERE m.cluster_id = c.id AND (m.visibility = 'public' OR m.owner_org = ?) "
            + "GROUP BY k HAVING count(*) >= least(2, count(r.id)) ORDER BY count(*) DESC, k LIMIT 5), "
            + COUNTS + ", max(r.clustered_at)";

    private final Sql sql;

    @Inject
    public ClusterRepository(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public List<ClusterRow> list(Caller caller, int minDocuments, int page, int size) {
        ScopedQuery scoped = new ScopedQuery(caller);
        return sql.list("SELECT " + columns(caller)
                + " FROM clusters c JOIN recommendations r ON r.cluster_id = c.id WHERE " + scoped.where()
                + " GROUP BY c.id HAVING count(DISTINCT r.document_id) >= " + minDocuments
                + " ORDER BY count(DISTINCT r.document_id) DESC, count(r.id) DESC, c.id LIMIT " + size
                + " OFFSET " + ((long) page * size), ClusterRepository::row, parameters(caller, scoped));
    }

    public long count(Caller caller, int minDocuments) {
        ScopedQuery scoped = new ScopedQuery(caller);
        return sql.longValue("SELECT count(*) FROM (SELECT r.cluster_id FROM recommendations r WHERE "
                + scoped.where() + " AND r.cluster_id IS NOT NULL GROUP BY r.cluster_id HAVING count(DISTINCT r.document_id) >= "
                + minDocuments + ") visible", scoped.parameters());
    }

    public Optional<ClusterRow> findVisible(String id, Caller caller) {
        ScopedQuery scoped = new ScopedQuery(caller).and("c.id = ?", id);
        return sql.first("SELECT " + columns(caller)
                + " FROM clusters c JOIN recommendations r ON r.cluster_id = c.id WHERE " + scoped.where() + " GROUP BY c.id",
                ClusterRepository::row, parameters(caller, scoped));
    }

    private static String columns(Caller caller) {
        return caller.seesAllPartners() ? STORED : VISIBLE_ONLY;
    }

    /** The select list's placeholder (partners only) comes before the WHERE clause's. */
    private static Object[] parameters(Caller caller, ScopedQuery scoped) {
        if (caller.seesAllPartners()) {
            return scoped.parameters();
        }
        Object[] where = scoped.parameters();
        Object[] all = new Object[where.length + 1];
        all[0] = caller.owningOrganisation();
        System.arraycopy(where, 0, all, 1, where.length);
        return all;
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
