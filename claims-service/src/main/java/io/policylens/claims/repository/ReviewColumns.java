package io.policylens.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The columns of a review, the same in the latest review of a claim ({@link ReviewStateEntity}) and in each entry of
 * its history ({@link ClaimReviewEntity}).
 */
@MappedSuperclass
public abstract class ReviewColumns extends PanacheEntityBase {

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
