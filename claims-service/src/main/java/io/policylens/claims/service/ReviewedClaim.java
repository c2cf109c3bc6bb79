package io.policylens.claims.service;

import io.policylens.claims.repository.ClaimEntity;
import io.policylens.claims.repository.ReviewStateEntity;

/** A claim with its current review state (null when it was never reviewed). */
public record ReviewedClaim(ClaimEntity claim, ReviewStateEntity review) {

    public ReviewStatus status() {
        return review == null ? ReviewStatus.UNREVIEWED : ReviewStatus.parse(review.status);
    }
}
