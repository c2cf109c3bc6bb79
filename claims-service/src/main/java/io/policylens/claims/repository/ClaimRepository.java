package io.policylens.claims.repository;

import io.policylens.common.query.ScopedQuery;
import io.policylens.common.security.Caller;
import io.policylens.common.security.Visibility;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.Optional;

/**
 * Reads and writes claims. Simple reads and all writes are Panache queries on {@link ClaimEntity};
 * listing, counting and match candidates are native SQL built with commons' {@link ScopedQuery}
 * because they need what JPQL cannot say: full-text search, array containment and overlap, and a
 * combination of filters known only per request.
 */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, UUID> {

    /** Only the claim's own columns (the review state is joined for filtering only). */
    private static final String FROM =
            " FROM claims c LEFT JOIN claim_review_states r ON r.claim_id = c.id WHERE ";

    /**
     * The current transaction only reads: Hibernate keeps no snapshot of the loaded claims and skips dirty checking
     * at commit (their jsonb and array columns would otherwise be deep-copied on load and compared on flush).
     */
    public void readOnly() {
        getEntityManager().unwrap(Session.class).setDefaultReadOnly(true);
    }

    /** The claim if it exists and the caller may see it; another partner's private claim looks missing. */
    public Optional<ClaimEntity> findVisible(UUID id, Caller caller) {
        return findByIdOptional(id).filter(c -> caller.canSee(c.ownerOrg, Visibility.parse(c.visibility)));
    }

    public List<ClaimEntity> forDocument(UUID documentId) {
        return list("documentId", documentId);
    }

    public List<ClaimEntity> list(Caller caller, ClaimFilter filter, int page, int size) {
        ScopedQuery scoped = scoped(caller, filter);
        // one document reads best in text order; across documents the most check-worthy come first
        String order = filter.documentId() != null ? "c.span_start, c.id" : "c.score DESC, c.id";
        return claims(
                "SELECT c.*"
                        + FROM
                        + scoped.where()
                        + " ORDER BY "
                        + order
                        + ScopedQuery.page(page, size),
                scoped);
    }

    public long count(Caller caller, ClaimFilter filter) {
        ScopedQuery scoped = scoped(caller, filter);
        Query query =
                getEntityManager().createNativeQuery("SELECT count(*)" + FROM + scoped.where());
        scoped.bind(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The caller's partner scope, then the filters the request names. */
    private static ScopedQuery scoped(Caller caller, ClaimFilter filter) {
        return ScopedQuery.visibleTo(caller, "c")
                .equal("c.document_id", filter.documentId())
                .equal("c.type", filter.type())
                .hasElement("c.topics", filter.topic())
                .hasElement("c.entities", filter.entity())
                .atLeast("c.score", filter.minScore())
                .equal("coalesce(r.status, 'unreviewed')", filter.reviewStatus())
                .matches("c.search", "c.text", filter.query());
    }

    /**
     * Claims of other documents the caller may see that could match {@code claim}: they share an entity,
     * or, when the claim names none, they name none either and share a measure word (the matcher's own
     * entity rule). Best scores first, at most {@code limit}.
     */
    public List<ClaimEntity> matchCandidates(ClaimEntity claim, Caller caller, int limit) {
        ScopedQuery scoped =
                ScopedQuery.visibleTo(caller, "c").and("c.document_id <> ?", claim.documentId);
        if (!claim.entities.isEmpty()) {
            scoped.overlaps("c.entities", claim.entities);
        } else if (!claim.measureWords.isEmpty()) {
            scoped.and("cardinality(c.entities) = 0")
                    .overlaps("c.measure_words", claim.measureWords);
        } else {
            return List.of();
        }
        return claims(
                "SELECT c.*"
                        + FROM
                        + scoped.where()
                        + " ORDER BY c.score DESC, c.id LIMIT "
                        + limit,
                scoped);
    }

    /**
     * Sets the scoping and display fields ClaimMapper.applyDocument sets on all claims of the document; no statement
     * at all when it has none (a statement would move the data version for nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updateDocumentFields(UUID documentId, ClaimEntity fields) {
        if (count("documentId", documentId) == 0) {
            return;
        }
        update(
                "ownerOrg = ?1, visibility = ?2, documentTitle = ?3, documentPublisher = ?4, documentPublishedDate = "
                + "?5, documentUrl = ?6, documentRevision = ?7, updatedAt = ?8 where documentId = ?9",
                fields.ownerOrg,
                fields.visibility,
                fields.documentTitle,
                fields.documentPublisher,
                fields.documentPublishedDate,
                fields.documentUrl,
                fields.documentRevision,
                fields.updatedAt,
                documentId);
    }

    /** Rewrites only the scope of the document's claims (a newer revision's scope, applied ahead of its extraction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long updateScope(UUID documentId, String ownerOrg, String visibility, OffsetDateTime updatedAt) {
        return update(
                "ownerOrg = ?1, visibility = ?2, updatedAt = ?3 where documentId = ?4",
                ownerOrg,
                visibility,
                updatedAt,
                documentId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteByDocument(UUID documentId) {
        return delete("documentId", documentId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? 0 : delete("id in ?1", ids);
    }

    @SuppressWarnings("unchecked")
    private List<ClaimEntity> claims(String sql, ScopedQuery scoped) {
        Query query = getEntityManager().createNativeQuery(sql, ClaimEntity.class);
        scoped.bind(query::setParameter);
        return query.getResultList();
    }
}
