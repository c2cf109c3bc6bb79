package io.policylens.claims.service;

import io.policylens.common.problem.ProblemException;
import io.policylens.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Decides whether a claim can be published as a ClaimReview: only with a verdict. */
@ApplicationScoped
public class ExportService {

    @Inject
    ClaimService claims;

    @Transactional
    public ReviewedClaim reviewed(UUID id, Caller caller) {
        ReviewedClaim claim = claims.get(id, caller);
        if (!claim.status().isVerdict()) {
            throw new ProblemException(409, "not-reviewed",
                    "claim " + id + " has no review verdict yet; review it as verified, disputed or false first");
        }
        return claim;
    }
}
