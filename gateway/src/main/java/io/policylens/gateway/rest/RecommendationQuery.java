package io.policylens.gateway.rest;

import io.policylens.gateway.client.RecommendationFilters;
import io.policylens.recommendations.contract.RecommendationListQuery;

import static io.policylens.common.http.RequestValues.blankToNull;

/**
 * The recommendation list's paging and filters, validated at the edge with recommendations-service's own
 * declaration (RecommendationListQuery), so a bad filter is a 400 problem that costs no downstream call.
 */
public class RecommendationQuery extends RecommendationListQuery {

    RecommendationFilters filters() {
        return new RecommendationFilters(page, size, blankToNull(document), blankToNull(actor), blankToNull(topic),
                blankToNull(strength), blankToNull(status), blankToNull(cluster), blankToNull(forum), blankToNull(q));
    }
}
