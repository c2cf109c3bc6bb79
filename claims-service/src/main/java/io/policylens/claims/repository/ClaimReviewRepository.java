package io.policylens.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Review history rows; {@link ReviewRepository} is what services use. */
@ApplicationScoped
public class ClaimReviewRepository implements PanacheRepositoryBase<ClaimReviewEntity, Long> {

    private static final Sort NEWEST_FIRST = Sort.descending("reviewedAt", "id");

    public List<ClaimReviewEntity> newestFirst(UUID claimId, int page, int size) {
        return find("claimId", NEWEST_FIRST, claimId).page(page, size).list();
    }
}
