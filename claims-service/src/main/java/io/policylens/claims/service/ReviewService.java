package io.policylens.claims.service;

import io.policylens.claims.repository.ClaimEntity;
import io.policylens.claims.repository.ClaimReviewEntity;
import io.policylens.claims.repository.ReviewRepository;
import io.policylens.common.paging.Page;
import io.policylens.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Analyst reviews: the current verdict plus the full history, reviewer taken from the token. */
@ApplicationScoped
public class ReviewService {

    @Inject
    ClaimService claims;

    @Inject
    ReviewRepository reviews;

    @Transactional
    public StoredClaim review(UUID id, ReviewStatus status, String note, Caller caller) {
        ClaimEntity claim = claims.visible(id, caller);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        reviews.record(id, claim.documentId, status.label(), cleanNote, caller.name(), OffsetDateTime.now(ZoneOffset.UTC));
        return new StoredClaim(claim, reviews.state(id).orElseThrow());
    }

    @Transactional
    public Page<ClaimReviewEntity> history(UUID id, Caller caller, int page, int size) {
        claims.visible(id, caller);
        return new Page<>(reviews.history(id, page, size), page, size, reviews.countHistory(id));
    }
}
