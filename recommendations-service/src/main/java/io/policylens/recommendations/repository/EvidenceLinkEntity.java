package io.policylens.recommendations.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A claim of the same document supporting a recommendation, under the id claims-service stores it
 * with (table evidence_links).
 */
@Entity
@Table(name = "evidence_links")
public class EvidenceLinkEntity {

    @Id
    public UUID id;

    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Column(name = "claim_start", nullable = false)
    public int claimStart;

    @Column(name = "claim_end", nullable = false)
    public int claimEnd;

    @Column(name = "claim_text", nullable = false)
    public String claimText;

    @Column(nullable = false)
    public double score;

    @Column(nullable = false)
    public String reason;

    @Column(name = "claims_version", nullable = false)
    public String claimsVersion;
}
