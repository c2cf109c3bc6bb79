package io.policylens.claims.rest;

import io.policylens.claims.repository.ClaimEntity;
import io.policylens.claims.repository.ReviewStateEntity;
import io.policylens.claims.service.ReviewStatus;
import io.policylens.claims.service.ReviewedClaim;
import io.policylens.common.security.Caller;

import java.util.List;

/**
 * Builds the ClaimReview of a reviewed claim. Ratings use schema.org's numeric scale with a textual
 * alternateName, the part readers display: verified 5 "Verified", disputed 3 "Disputed", false 1 "False".
 * The review's author is an organisation, never the analyst (reviewer names are internal): the platform's name
 * only for verdicts of the platform's own analysts; a partner's verdict on its own document is published under that
 * partner's organisation; a verdict recorded before reviewers' organisations were kept names no author.
 */
final class ClaimReviews {

    static final String MEDIA_TYPE = "application/ld+json";

    private ClaimReviews() {
    }

    static ClaimReviewLd of(ReviewedClaim stored, String publicBaseUrl, String reviewingOrganisation) {
        ClaimEntity claim = stored.claim();
        ReviewStateEntity review = stored.review();
        ClaimReviewLd.Organization publisher = ClaimReviewLd.Organization.named(claim.documentPublisher);
        String documentDate = claim.documentPublishedDate == null ? null : claim.documentPublishedDate.toString();
        ClaimReviewLd.CreativeWork appearance = new ClaimReviewLd.CreativeWork("CreativeWork", claim.documentUrl,
                        claim.documentTitle, documentDate, publisher);
        ClaimReviewLd.Claim item = new ClaimReviewLd.Claim("Claim", publisher, documentDate, List.of(appearance));
        return new ClaimReviewLd("https://schema.org", "ClaimReview",
                publicBaseUrl.replaceAll("/+$", "") + "/claims/" + claim.id, claim.text,
                review.reviewedAt.toLocalDate().toString(),
                ClaimReviewLd.Organization.named(author(review, reviewingOrganisation)), rating(stored.status()), item,
                review.note);
    }

    private static String author(ReviewStateEntity review, String platformName) {
        if (review.reviewerOrg == null) {
            return null;
        }
        return Caller.INTERNAL_ORGANISATION.equals(review.reviewerOrg) ? platformName : review.reviewerOrg;
    }

    private static ClaimReviewLd.Rating rating(ReviewStatus status) {
        return switch (status) {
            case VERIFIED -> new ClaimReviewLd.Rating("Rating", 5, 5, 1, "Verified");
            case DISPUTED -> new ClaimReviewLd.Rating("Rating", 3, 5, 1, "Disputed");
            case FALSE -> new ClaimReviewLd.Rating("Rating", 1, 5, 1, "False");
            case UNREVIEWED ->
                    throw new IllegalArgumentException("an unreviewed claim has no rating");
        };
    }
}
