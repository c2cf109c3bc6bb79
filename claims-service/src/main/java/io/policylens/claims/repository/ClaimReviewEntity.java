package io.policylens.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a claim's review history (append-only). */
@Entity
@Table(name = "claim_reviews")
public class ClaimReviewEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(nullable = false)
    public String status;

    public String note;

    @Column(nullable = false)
    public String reviewer;

    @Column(name = "reviewed_at", nullable = false)
    public OffsetDateTime reviewedAt;
}
