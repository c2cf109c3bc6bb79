package io.policylens.recommendations.repository;

import io.policylens.common.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Clusters. Every read joins the recommendations through the caller's scope, so a cluster whose members
 * are all another partner's private recommendations does not exist for the caller, and counts, label
 * and keywords never reveal what the caller may not see.
 */
@ApplicationScoped
public class ClusterRepository implements PanacheRepositoryBase<ClusterEntity, String> {

    private static final String COLUMNS = "c.id, "
            + "CASE WHEN bool_or(r.id = c.label_recommendation_id) THEN c.label ELSE (array_agg(r.action ORDER BY r.id))[1] END, "
            + "CASE WHEN count(r.id) = c.member_count THEN array_to_string(c.keywords, chr(31)) ELSE '' END, "
            + "count(r.id), count(DISTINCT r.document_id), count(DISTINCT lower(btrim(r.document_publisher))), "
            + "count(r.id) FILTER (WHERE r.negated), c.updated_at";

    public List<ClusterRow> list(Caller caller, int minDocuments, int page, int size) {
        ScopedQuery scoped = new ScopedQuery(caller);
        Query query = getEntityManager().createNativeQuery("SELECT " + COLUMNS
                + " FROM clusters c JOIN recommendations r ON r.cluster_id = c.id WHERE " + scoped.where()
                + " GROUP BY c.id HAVING count(DISTINCT r.document_id) >= " + minDocuments
                + " ORDER BY count(DISTINCT r.document_id) DESC, count(r.id) DESC, c.id LIMIT " + size
                + " OFFSET " + ((long) page * size));
        scoped.bind(query);
        return rows(query);
    }

    public long count(Caller caller, int minDocuments) {
        ScopedQuery scoped = new ScopedQuery(caller);
        Query query = getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT r.cluster_id FROM recommendations r WHERE "
                + scoped.where() + " AND r.cluster_id IS NOT NULL GROUP BY r.cluster_id HAVING count(DISTINCT r.document_id) >= "
                + minDocuments + ") visible");
        scoped.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    public Optional<ClusterRow> findVisible(String id, Caller caller) {
        ScopedQuery scoped = new ScopedQuery(caller).and("c.id = ?", id);
        Query query = getEntityManager().createNativeQuery("SELECT " + COLUMNS
                + " FROM clusters c JOIN recommendations r ON r.cluster_id = c.id WHERE " + scoped.where() + " GROUP BY c.id");
        scoped.bind(query);
        return rows(query).stream().findFirst();
    }

    /** Clusters whose id is not in the given set (after a re-clustering: they lost all their members). */
    public long deleteAllExcept(Collection<String> keep) {
        return keep.isEmpty() ? deleteAll() : delete("id not in ?1", keep);
    }

    @SuppressWarnings("unchecked")
    private static List<ClusterRow> rows(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ClusterRow((String) r[0], (String) r[1], split((String) r[2]),
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue(), SqlValues.offsetDateTime(r[7]))).toList();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\u001f"));
    }
}
