package io.policylens.gateway.rest;

import io.policylens.claims.contract.ClaimListQuery;
import io.policylens.gateway.client.ClaimFilters;

import static io.policylens.common.http.RequestValues.blankToNull;

/**
 * The claim list's paging and filters, validated at the edge with claims-service's own declaration
 * (ClaimListQuery), so a bad filter is a 400 problem that costs no downstream call.
 */
public class ClaimQuery extends ClaimListQuery {

    ClaimFilters filters() {
        return new ClaimFilters(page, size, blankToNull(document), blankToNull(type), blankToNull(topic),
                blankToNull(entity), blankToNull(minScore), blankToNull(status), blankToNull(q));
    }
}
