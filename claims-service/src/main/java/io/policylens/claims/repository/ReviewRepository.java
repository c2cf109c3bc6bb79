package io.policylens.claims.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Review states and history. */
@ApplicationScoped
public class ReviewRepository {

    @Inject
    EntityManager entityManager;

    public Optional<ReviewStateEntity> state(UUID claimId) {
        return Optional.ofNullable(entityManager.find(ReviewStateEntity.class, claimId));
    }

    public Map<UUID, ReviewStateEntity> states(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from ReviewStateEntity where claimId in :ids", ReviewStateEntity.class)
                .setParameter("ids", claimIds).getResultStream()
                .collect(Collectors.toMap(s -> s.claimId, Function.identity()));
    }

    /**
     * Records a review: the history row and the current state in one transaction. The state is an upsert
     * so that two analysts reviewing a never-reviewed claim at once do not collide on the primary key.
     */
    public ClaimReviewEntity record(UUID claimId, UUID documentId, String status, String note, String reviewer,
                                    OffsetDateTime at) {
        entityManager.createNativeQuery("INSERT INTO claim_review_states (claim_id, document_id, status, note, reviewer, "
                        + "reviewed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (claim_id) DO UPDATE SET "
                        + "status = excluded.status, note = excluded.note, reviewer = excluded.reviewer, "
                        + "reviewed_at = excluded.reviewed_at")
                .setParameter(1, claimId).setParameter(2, documentId).setParameter(3, status).setParameter(4, note)
                .setParameter(5, reviewer).setParameter(6, at).executeUpdate();
        ClaimReviewEntity entry = new ClaimReviewEntity();
        entry.claimId = claimId;
        entry.documentId = documentId;
        entry.status = status;
        entry.note = note;
        entry.reviewer = reviewer;
        entry.reviewedAt = at;
        entityManager.persist(entry);
        // the state row was written behind Hibernate's back: drop any cached copy
        Optional.ofNullable(entityManager.find(ReviewStateEntity.class, claimId)).ifPresent(entityManager::refresh);
        return entry;
    }

    /** Newest first. */
    public List<ClaimReviewEntity> history(UUID claimId, int page, int size) {
        return entityManager.createQuery("from ClaimReviewEntity where claimId = :id order by reviewedAt desc, id desc",
                        ClaimReviewEntity.class)
                .setParameter("id", claimId).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countHistory(UUID claimId) {
        return entityManager.createQuery("select count(*) from ClaimReviewEntity where claimId = :id", Long.class)
                .setParameter("id", claimId).getSingleResult();
    }

    /** A deleted document takes its reviews with it: nothing of a removed document stays behind. */
    public void deleteByDocument(UUID documentId) {
        entityManager.createQuery("delete from ReviewStateEntity where documentId = :id").setParameter("id", documentId)
                .executeUpdate();
        entityManager.createQuery("delete from ClaimReviewEntity where documentId = :id").setParameter("id", documentId)
                .executeUpdate();
    }
}
