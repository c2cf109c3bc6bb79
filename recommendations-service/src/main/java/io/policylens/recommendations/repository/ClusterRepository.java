package io.policylens.recommendations.repository;

import io.policylens.common.query.ScopedQuery;
import io.policylens.common.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.time.OffsetDateTime;
import java.util.Arrays;
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
 * another partner's private recommendation joins or leaves the cluster. These reads are native SQL (aggregates over
 * arrays, the caller's scope); the re-clustering's writes go through the entities.
 */
@ApplicationScoped
public class ClusterRepository implements PanacheRepositoryBase<ClusterEntity, String> {

    private static final String COUNTS =
            "count(r.id) AS members, count(DISTINCT r.document_id) AS documents, count(DISTINCT "
            + "lower(btrim(r.document_publisher))) AS publishers, count(r.id) FILTER (WHERE r.negated) AS opposing";

    /** For callers who see every member: what the re-clustering stored. */
    private static final String STORED =
            "c.id AS id, c.label AS label, c.keywords AS keywords, "
                    + COUNTS
                    + ", c.updated_at AS updated_at";

    /**
     * For partners: only visible members. Keywords are the visible members' topics and forums that
     * at least two of them share (or the only member's), most frequent first; the one placeholder
     * is the caller's organisation.
     */
    private static final String VISIBLE_ONLY =
            "c.id AS id, (array_agg(r.action ORDER BY r.id))[1] AS label, ARRAY(SELECT k FROM recommendations m, "
            + "unnest(m.topics || m.forums) k WHERE m.cluster_id = c.id AND (m.visibility = 'public' OR m.owner_org = "
            + "?) GROUP BY k HAVING count(*) >= least(2, count(r.id)) ORDER BY count(*) DESC, k LIMIT 5) AS keywords, "
                    + COUNTS
                    + ", max(r.clustered_at) AS updated_at";

    public List<ClusterRow> list(Caller caller, int minDocuments, int page, int size) {
        ScopedQuery scoped = ScopedQuery.visibleTo(caller, "r");
        return rows(
                caller,
                scoped,
                visibleClusters(caller, scoped)
                        + " HAVING count(DISTINCT r.document_id) >= "
                        + minDocuments
                        + " ORDER BY count(DISTINCT r.document_id) DESC, count(r.id) DESC, c.id"
                        + ScopedQuery.page(page, size));
    }

    /** The clusters with the members the scope lets through, one row each (a HAVING clause may follow). */
    private static String visibleClusters(Caller caller, ScopedQuery scoped) {
        return "SELECT " + columns(caller) + " FROM clusters c JOIN recommendations r ON r.cluster_id = c.id WHERE "
                + scoped.where() + " GROUP BY c.id";
    }

    public long count(Caller caller, int minDocuments) {
        ScopedQuery scoped = ScopedQuery.visibleTo(caller, "r");
        Query query =
                getEntityManager()
                        .createNativeQuery(
                                "SELECT count(*) FROM (SELECT r.cluster_id FROM recommendations r WHERE "
                                        + scoped.where()
                                        + " AND r.cluster_id IS NOT NULL GROUP BY r.cluster_id HAVING count(DISTINCT "
                                                + "r.document_id) >= "
                                        + minDocuments
                                        + ") visible",
                                Long.class);
        scoped.bind(query::setParameter);
        return (Long) query.getSingleResult();
    }

    public Optional<ClusterRow> findVisible(String id, Caller caller) {
        ScopedQuery scoped = ScopedQuery.visibleTo(caller, "r").and("c.id = ?", id);
        return rows(
                        caller,
                        scoped,
                        visibleClusters(caller, scoped))
                .stream()
                .findFirst();
    }

    private static String columns(Caller caller) {
        return caller.seesAllPartners() ? STORED : VISIBLE_ONLY;
    }

    /** The select list's placeholder (partners only) comes before the WHERE clause's. */
    @SuppressWarnings("unchecked")
    private List<ClusterRow> rows(Caller caller, ScopedQuery scoped, String sql) {
        NativeQuery<Object[]> query = getEntityManager().createNativeQuery(sql).unwrap(NativeQuery.class);
        query.addScalar("id", String.class)
                .addScalar("label", String.class)
                .addScalar("keywords", String[].class)
                .addScalar("members", Long.class)
                .addScalar("documents", Long.class)
                .addScalar("publishers", Long.class)
                .addScalar("opposing", Long.class)
                .addScalar("updated_at", OffsetDateTime.class);
        int before = 0;
        if (!caller.seesAllPartners()) {
            query.setParameter(++before, caller.owningOrganisation());
        }
        scoped.bind(query::setParameter, before);
        return query.getResultList().stream()
                .map(
                        r ->
                                new ClusterRow(
                                        (String) r[0],
                                        (String) r[1],
                                        Arrays.asList((String[]) r[2]),
                                        (Long) r[3],
                                        (Long) r[4],
                                        (Long) r[5],
                                        (Long) r[6],
                                        (OffsetDateTime) r[7]))
                .toList();
    }

    /**
     * New clusters, flushed at once: the members' cluster ids, assigned next, reference them. Changed clusters need no
     * call: they were read in this transaction, and Hibernate writes what changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<ClusterEntity> entities) {
        persist(entities);
        flush();
    }

    /** Clusters whose id is not in the given set (after a re-clustering: they lost all their members). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteAllExcept(Collection<String> keep) {
        return getEntityManager()
                .createNamedQuery("Cluster.deleteAllExcept")
                .setParameter(1, keep.toArray(String[]::new))
                .executeUpdate();
    }
}
