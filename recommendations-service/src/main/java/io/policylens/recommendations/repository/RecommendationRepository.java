package io.policylens.recommendations.repository;

import io.policylens.common.query.ScopedQuery;
import io.policylens.common.security.Caller;
import io.policylens.common.security.Visibility;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes recommendations. Simple reads and writes are Panache queries; listing is native SQL (full-text
 * search, array filters), and so is the cluster assignment (its ids bind as one array).
 */
@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<RecommendationEntity, UUID> {

    private static final String ORDER =
            " ORDER BY r.document_date DESC NULLS LAST, r.document_id, r.span_start";

    /**
     * The expression the GIN index recommendations_search is built on; must stay identical to it.
     */
    static final String SEARCH_VECTOR =
            "to_tsvector('english', r.text || ' ' || coalesce(r.actor, '') || ' ' || r.action)";

    /** The recommendation if it exists and the caller may see it: otherwise empty, never a hint that it exists. */
    public Optional<RecommendationEntity> findVisible(UUID id, Caller caller) {
        return findByIdOptional(id).filter(r -> visible(r, caller));
    }

    /**
     * Same as {@link #findVisible} with a row lock (SELECT ... FOR UPDATE), so concurrent status
     * changes apply one after the other. The status is then set on the returned entity: the commit
     * writes only the columns that changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RecommendationEntity> findVisibleForUpdate(UUID id, Caller caller) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(r -> visible(r, caller));
    }

    @SuppressWarnings("unchecked")
    public List<RecommendationEntity> list(Caller caller, RecommendationFilter filter, int page, int size) {
        ScopedQuery scoped = scoped(caller, filter);
        Query query =
                getEntityManager()
                        .createNativeQuery(
                                "SELECT r.* FROM recommendations r WHERE "
                                        + scoped.where()
                                        + ORDER
                                        + ScopedQuery.page(page, size),
                                RecommendationEntity.class);
        scoped.bind(query::setParameter);
        return query.getResultList();
    }

    public long count(Caller caller, RecommendationFilter filter) {
        ScopedQuery scoped = scoped(caller, filter);
        Query query =
                getEntityManager()
                        .createNativeQuery(
                                "SELECT count(*) FROM recommendations r WHERE " + scoped.where(),
                                Long.class);
        scoped.bind(query::setParameter);
        return (Long) query.getSingleResult();
    }

    /**
     * The caller's partner scope, then the filters the request names. Cluster queries scope the same way, so members
     * and counts only ever come from rows the caller may see.
     */
    private static ScopedQuery scoped(Caller caller, RecommendationFilter filter) {
        return ScopedQuery.visibleTo(caller, "r")
                .equal("r.document_id", filter.documentId())
                .andIfPresent(
                        "position(lower(?) in lower(coalesce(r.actor, ''))) > 0", filter.actor())
                .hasElement("r.topics", filter.topic())
                .equal("r.strength", filter.strength())
                .equal("r.status", filter.status())
                .equal("r.cluster_id", filter.clusterId())
                .andIfPresent(
                        "lower(?) = ANY(SELECT lower(f) FROM unnest(r.forums) f)", filter.forum())
                .matches(SEARCH_VECTOR, null, filter.query());
    }

    public List<RecommendationEntity> ofDocument(UUID documentId) {
        return list("documentId", Sort.by("start"), documentId);
    }

    public boolean hasDocument(UUID documentId) {
        return count("documentId", documentId) > 0;
    }

    /**
     * Inserts new recommendations with every column, tracking state included. Stored ones read in the same transaction
     * are updated by changing them: dynamic updates write their changed extraction columns only, so a status set
     * meanwhile stays.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<RecommendationEntity> entities) {
        persist(entities);
    }

    /**
     * Scoping and display fields of all of a document's recommendations, after a metadata-only
     * change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int updateDocumentMetadata(
            UUID documentId,
            String ownerOrg,
            String visibility,
            String title,
            String publisher,
            LocalDate date,
            int revision,
            OffsetDateTime updatedAt) {
        return update(
                "ownerOrg = ?1, visibility = ?2, documentTitle = ?3, documentPublisher = ?4, documentDate = ?5, "
                + "documentRevision = ?6, updatedAt = ?7 where documentId = ?8",
                ownerOrg,
                visibility,
                title,
                publisher,
                date,
                revision,
                updatedAt,
                documentId);
    }

    /**
     * Rewrites only the scope of the document's recommendations (a newer revision's, applied ahead
     * of its extraction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int updateScope(
            UUID documentId, String ownerOrg, String visibility, OffsetDateTime updatedAt) {
        return update(
                "ownerOrg = ?1, visibility = ?2, updatedAt = ?3 where documentId = ?4",
                ownerOrg,
                visibility,
                updatedAt,
                documentId);
    }

    /** Removes the document's recommendations except the given ids; history and evidence go with them (FK cascade). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteOfDocumentExcept(UUID documentId, Collection<UUID> keep) {
        return keep.isEmpty()
                ? delete("documentId", documentId)
                : delete("documentId = ?1 and id not in ?2", documentId, keep);
    }

    /**
     * All recommendations as the clusterer needs them, with their current cluster: id, document id, publisher, text,
     * actor, action, topics, forums (lists), negated, cluster id.
     */
    public List<Object[]> clusterRows() {
        return getEntityManager()
                .createQuery(
                        "select r.id, r.documentId, r.documentPublisher, r.text, r.actor, r.action, r.topics, r.forums,"
                        + " r.negated, r.clusterId from RecommendationEntity r",
                        Object[].class)
                .getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void assignCluster(String clusterId, Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            getEntityManager()
                    .createNamedQuery("Recommendation.assignCluster")
                    .setParameter(1, clusterId)
                    .setParameter(2, ids.toArray(UUID[]::new))
                    .executeUpdate();
        }
    }

    private static boolean visible(RecommendationEntity r, Caller caller) {
        return caller.canSee(r.ownerOrg, Visibility.parse(r.visibility));
    }
}
