package io.policylens.claims.service;

import io.policylens.claims.repository.ClaimEntity;
import io.policylens.claims.repository.ClaimReviewEntity;
import io.policylens.claims.repository.ReviewRepository;
import io.policylens.common.paging.Page;
import io.policylens.common.problem.ProblemException;
import io.policylens.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Analyst reviews: the current verdict plus the full history, reviewer taken from the token. A claim has one verdict
 * for everybody who sees it, so only analysts of the organisation that owns the document and the platform's own
 * analysts may set it ({@link Caller#maySetStateOf}); another partner's analyst seeing a public claim gets 403.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    ClaimService claims;

    @Inject
    ReviewRepository reviews;

    @Transactional
    public ReviewedClaim review(UUID id, ReviewStatus status, String note, Caller caller) {
        ClaimEntity claim = claims.visible(id, caller);
        if (!caller.maySetStateOf(claim.ownerOrg)) {
            throw ProblemException.forbidden(
                    "only analysts of the organisation that owns the document, or the platform's"
                        + " own analysts, may review claim " + id);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        reviews.record(id, claim.documentId, status.label(), cleanNote, caller.name(), caller.owningOrganisation(),
                OffsetDateTime.now(ZoneOffset.UTC));
        return new ReviewedClaim(claim, reviews.state(id).orElseThrow());
    }

    @Transactional
    public Page<ClaimReviewEntity> history(UUID id, Caller caller, int page, int size) {
        claims.visible(id, caller);
        return new Page<>(reviews.history(id, page, size), page, size, reviews.countHistory(id));
    }
}
