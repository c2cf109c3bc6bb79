package io.policylens.claims.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The latest review of a claim (a row of {@code claim_review_states}). Keyed by claim id without a foreign
 * key: it outlives re-extraction.
 */
public class ReviewStateEntity {

    public UUID claimId;

    public UUID documentId;

    /** verified | disputed | false | unreviewed */
    public String status;

    public String note;

    public String reviewer;

    /** The organisation the reviewer acted for; null for reviews recorded before it was kept. */
    public String reviewerOrg;

    public OffsetDateTime reviewedAt;
}
