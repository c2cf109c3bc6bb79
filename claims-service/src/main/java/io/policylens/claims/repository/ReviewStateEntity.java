package io.policylens.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The latest review of a claim (a row of {@code claim_review_states}). Keyed by claim id without a foreign
 * key: it outlives re-extraction.
 */
@Entity
@Table(name = "claim_review_states")
public class ReviewStateEntity extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public UUID claimId;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    /** verified | disputed | false | unreviewed */
    @Column(nullable = false)
    public String status;

    public String note;

    @Column(nullable = false)
    public String reviewer;

    /** The organisation the reviewer acted for; null for reviews recorded before it was kept. */
    @Column(name = "reviewer_org")
    public String reviewerOrg;

    @Column(name = "reviewed_at", nullable = false)
    public OffsetDateTime reviewedAt;
}
