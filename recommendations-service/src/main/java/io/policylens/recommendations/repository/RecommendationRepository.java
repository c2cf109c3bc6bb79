package io.policylens.recommendations.repository;

import io.policylens.common.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes recommendations. Listing uses native SQL for array filters and full-text search. */
@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<RecommendationEntity, UUID> {

    private static final String ORDER = " ORDER BY r.document_date DESC NULLS LAST, r.document_id, r.span_start";

    /** The recommendation if it exists and the caller may see it: otherwise empty, never a hint that it exists. */
    public Optional<RecommendationEntity> findVisible(UUID id, Caller caller) {
        return findByIdOptional(id).filter(r -> visible(r, caller));
    }

    /** Same as {@link #findVisible} with a row lock, so concurrent status changes apply one after the other. */
    public Optional<RecommendationEntity> findVisibleForUpdate(UUID id, Caller caller) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(r -> visible(r, caller));
    }

    @SuppressWarnings("unchecked")
    public List<RecommendationEntity> list(Caller caller, RecommendationFilter filter, int page, int size) {
        ScopedQuery scoped = new ScopedQuery(caller, filter);
        Query query = getEntityManager().createNativeQuery("SELECT r.* FROM recommendations r WHERE " + scoped.where()
                + ORDER + " LIMIT " + size + " OFFSET " + ((long) page * size), RecommendationEntity.class);
        scoped.bind(query);
        return query.getResultList();
    }

    public long count(Caller caller, RecommendationFilter filter) {
        ScopedQuery scoped = new ScopedQuery(caller, filter);
        Query query = getEntityManager().createNativeQuery("SELECT count(*) FROM recommendations r WHERE " + scoped.where());
        scoped.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    public List<RecommendationEntity> ofDocument(UUID documentId) {
        return list("documentId = ?1 order by start", documentId);
    }

    public boolean hasDocument(UUID documentId) {
        return count("documentId", documentId) > 0;
    }

    /** Removes the document's recommendations except the given ids; history and evidence go with them (FK cascade). */
    public long deleteOfDocumentExcept(UUID documentId, Collection<UUID> keep) {
        return keep.isEmpty() ? delete("documentId", documentId)
                : delete("documentId = ?1 and id not in ?2", documentId, keep);
    }

    /** All recommendations as the clusterer needs them, with their current cluster. */
    @SuppressWarnings("unchecked")
    public List<Object[]> clusterRows() {
        return getEntityManager().createQuery("select r.id, r.documentId, r.documentPublisher, r.text, r.actor, r.action, "
                + "r.topics, r.forums, r.negated, r.clusterId from RecommendationEntity r").getResultList();
    }

    public void assignCluster(String clusterId, Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            update("clusterId = ?1 where id in ?2", clusterId, ids);
        }
    }

    private static boolean visible(RecommendationEntity r, Caller caller) {
        return caller.canSee(r.ownerOrg, io.policylens.common.security.Visibility.parse(r.visibility));
    }
}
