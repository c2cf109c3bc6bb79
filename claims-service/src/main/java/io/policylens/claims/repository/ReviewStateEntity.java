package io.policylens.claims.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * The latest review of a claim (a row of {@code claim_review_states}). Keyed by claim id without a foreign
 * key: it outlives re-extraction.
 */
@Entity
@Table(name = "claim_review_states")
public class ReviewStateEntity extends ReviewColumns {

    @Id
    @Column(name = "claim_id")
    public UUID claimId;
}
