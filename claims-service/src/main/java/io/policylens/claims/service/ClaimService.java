package io.policylens.claims.service;

import io.policylens.claims.repository.ClaimEntity;
import io.policylens.claims.repository.ClaimFilter;
import io.policylens.claims.repository.ClaimRepository;
import io.policylens.claims.repository.ReviewRepository;
import io.policylens.claims.repository.ReviewStateEntity;
import io.policylens.common.paging.Page;
import io.policylens.common.problem.ProblemException;
import io.policylens.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading claims, always through partner scoping. */
@ApplicationScoped
public class ClaimService {

    @Inject
    ClaimRepository claims;

    @Inject
    ReviewRepository reviews;

    @Transactional
    public Page<ReviewedClaim> list(Caller caller, ClaimFilter filter, int page, int size) {
        claims.readOnly();
        List<ClaimEntity> items = claims.list(caller, filter, page, size);
        Page<ClaimEntity> found = Page.of(items, page, size, () -> claims.count(caller, filter));
        return new Page<>(withReviews(items), page, size, found.total());
    }

    @Transactional
    public ReviewedClaim get(UUID id, Caller caller) {
        claims.readOnly();
        ClaimEntity claim = visible(id, caller);
        return new ReviewedClaim(claim, reviews.state(id).orElse(null));
    }

    /** Another partner's private claim answers 404, exactly like a missing one: its existence is not leaked. */
    ClaimEntity visible(UUID id, Caller caller) {
        return claims.findVisible(id, caller)
                .orElseThrow(() -> ProblemException.notFound("claim " + id + " not found"));
    }

    List<ReviewedClaim> withReviews(List<ClaimEntity> items) {
        Map<UUID, ReviewStateEntity> states = reviews.states(items.stream().map(c -> c.id).toList());
        return items.stream().map(c -> new ReviewedClaim(c, states.get(c.id))).toList();
    }
}
