package io.policylens.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
public class ReviewRepository implements PanacheRepositoryBase<ReviewStateEntity, UUID> {

    /**
     * An upsert, so that two analysts reviewing a never-reviewed claim at once do not collide on
     * the primary key (find-then-persist would let both insert).
     */
    private static final String UPSERT_STATE =
            "insert into ReviewStateEntity (claimId, documentId, status, note, reviewer, reviewerOrg, reviewedAt) "
            + "values (:claimId, :documentId, :status, :note, :reviewer, :reviewerOrg, :reviewedAt) on conflict "
            + "(claimId) do update set status = excluded.status, note = excluded.note, reviewer = excluded.reviewer, "
            + "reviewerOrg = excluded.reviewerOrg, reviewedAt = excluded.reviewedAt";

    @Inject
    ClaimReviewRepository entries;

    public Optional<ReviewStateEntity> state(UUID claimId) {
        return findByIdOptional(claimId);
    }

    public Map<UUID, ReviewStateEntity> states(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return list("claimId in ?1", claimIds).stream()
                .collect(Collectors.toMap(s -> s.claimId, Function.identity()));
    }

    /** Records a review: the history row and the current state in one transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimReviewEntity record(UUID claimId, UUID documentId, String status, String note, String reviewer,
                                    String reviewerOrg, OffsetDateTime at) {
        getEntityManager()
                .createQuery(UPSERT_STATE)
                .setParameter("claimId", claimId)
                .setParameter("documentId", documentId)
                .setParameter("status", status)
                .setParameter("note", note)
                .setParameter("reviewer", reviewer)
                .setParameter("reviewerOrg", reviewerOrg)
                .setParameter("reviewedAt", at)
                .executeUpdate();
        ClaimReviewEntity entry = new ClaimReviewEntity();
        entry.claimId = claimId;
        entry.documentId = documentId;
        entry.status = status;
        entry.note = note;
        entry.reviewer = reviewer;
        entry.reviewerOrg = reviewerOrg;
        entry.reviewedAt = at;
        entries.persist(entry);
        return entry;
    }

    /** Newest first. */
    public List<ClaimReviewEntity> history(UUID claimId, int page, int size) {
        return entries.newestFirst(claimId, page, size);
    }

    public long countHistory(UUID claimId) {
        return entries.count("claimId", claimId);
    }

    /** A deleted document takes its reviews with it: nothing of a removed document stays behind. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteByDocument(UUID documentId) {
        delete("documentId", documentId);
        entries.delete("documentId", documentId);
    }
}
