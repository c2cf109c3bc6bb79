package io.policylens.claims.rest;

import io.policylens.claims.contract.ClaimListQuery;
import io.policylens.claims.repository.ClaimFilter;
import io.policylens.common.http.RequestValues;

import static io.policylens.common.http.RequestValues.blankToNull;

/** Paging and filters of GET /claims, as declared in the contract (ClaimListQuery), turned into a ClaimFilter. */
public class ClaimListParameters extends ClaimListQuery {

    ClaimFilter filter() {
        return new ClaimFilter(
                RequestValues.uuidOrNull(document),
                blankToNull(type),
                blankToNull(topic),
                blankToNull(entity),
                minScore == null ? null : Double.valueOf(minScore),
                blankToNull(status),
                blankToNull(q));
    }
}
