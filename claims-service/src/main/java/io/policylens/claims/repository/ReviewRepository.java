package io.policylens.claims.repository;

import io.policylens.common.jdbc.Rows;
import io.policylens.common.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private static final String STATE_COLUMNS = "claim_id, document_id, status, note, reviewer, reviewer_org, reviewed_at";

    private final Sql sql;

    @Inject
    public ReviewRepository(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public Optional<ReviewStateEntity> state(UUID claimId) {
        return sql.first("SELECT " + STATE_COLUMNS + " FROM claim_review_states WHERE claim_id = ?",
                ReviewRepository::state, claimId);
    }

    public Map<UUID, ReviewStateEntity> states(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        // the collection is bound as text[]
        return sql.list("SELECT " + STATE_COLUMNS + " FROM claim_review_states WHERE claim_id = ANY(?::uuid[])",
                        ReviewRepository::state, claimIds).stream()
                .collect(Collectors.toMap(s -> s.claimId, Function.identity()));
    }

    /**
     * Records a review: the history row and the current state in one transaction. The state is an upsert
     * so that two analysts reviewing a never-reviewed claim at once do not collide on the primary key.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimReviewEntity record(UUID claimId, UUID documentId, String status, String note, String reviewer,
                                    String reviewerOrg, OffsetDateTime at) {
        sql.update("INSERT INTO claim_review_states (claim_id, document_id, status, note, reviewer, reviewer_org, reviewed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (claim_id) DO UPDATE SET "
                        + "status = excluded.status, note = excluded.note, reviewer = excluded.reviewer, "
                        + "reviewer_org = excluded.reviewer_org, reviewed_at = excluded.reviewed_at",
                claimId, documentId, status, note, reviewer, reviewerOrg, at);
        ClaimReviewEntity entry = new ClaimReviewEntity();
        entry.claimId = claimId;
        entry.documentId = documentId;
        entry.status = status;
        entry.note = note;
        entry.reviewer = reviewer;
        entry.reviewerOrg = reviewerOrg;
        entry.reviewedAt = at;
        entry.id = sql.longValue("INSERT INTO claim_reviews (claim_id, document_id, status, note, reviewer, reviewer_org, reviewed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", claimId, documentId, status, note, reviewer, reviewerOrg, at);
        return entry;
    }

    /** Newest first. */
    public List<ClaimReviewEntity> history(UUID claimId, int page, int size) {
        return sql.list("SELECT id, claim_id, document_id, status, note, reviewer, reviewer_org, reviewed_at FROM claim_reviews "
                        + "WHERE claim_id = ? ORDER BY reviewed_at DESC, id DESC LIMIT ? OFFSET ?",
                ReviewRepository::entry, claimId, size, (long) page * size);
    }

    public long countHistory(UUID claimId) {
        return sql.longValue("SELECT count(*) FROM claim_reviews WHERE claim_id = ?", claimId);
    }

    /** A deleted document takes its reviews with it: nothing of a removed document stays behind. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteByDocument(UUID documentId) {
        sql.update("DELETE FROM claim_review_states WHERE document_id = ?", documentId);
        sql.update("DELETE FROM claim_reviews WHERE document_id = ?", documentId);
    }

    private static ReviewStateEntity state(ResultSet row) throws SQLException {
        ReviewStateEntity state = new ReviewStateEntity();
        state.claimId = Rows.uuid(row, "claim_id");
        state.documentId = Rows.uuid(row, "document_id");
        state.status = row.getString("status");
        state.note = row.getString("note");
        state.reviewer = row.getString("reviewer");
        state.reviewerOrg = row.getString("reviewer_org");
        state.reviewedAt = Rows.offsetDateTime(row, "reviewed_at");
        return state;
    }

    private static ClaimReviewEntity entry(ResultSet row) throws SQLException {
        ClaimReviewEntity entry = new ClaimReviewEntity();
        entry.id = row.getLong("id");
        entry.claimId = Rows.uuid(row, "claim_id");
        entry.documentId = Rows.uuid(row, "document_id");
        entry.status = row.getString("status");
        entry.note = row.getString("note");
        entry.reviewer = row.getString("reviewer");
        entry.reviewerOrg = row.getString("reviewer_org");
        entry.reviewedAt = Rows.offsetDateTime(row, "reviewed_at");
        return entry;
    }
}
