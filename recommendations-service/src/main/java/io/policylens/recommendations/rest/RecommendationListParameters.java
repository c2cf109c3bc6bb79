package io.policylens.recommendations.rest;

import io.policylens.common.http.RequestValues;
import io.policylens.recommendations.contract.RecommendationListQuery;
import io.policylens.recommendations.repository.RecommendationFilter;

import static io.policylens.common.http.RequestValues.blankToNull;

/**
 * Paging and filters of the recommendation listing, as declared in the contract (RecommendationListQuery), turned
 * into a RecommendationFilter.
 */
public class RecommendationListParameters extends RecommendationListQuery {

    RecommendationFilter filter() {
        return new RecommendationFilter(RequestValues.uuidOrNull(document), blankToNull(actor), blankToNull(topic),
                blankToNull(strength), blankToNull(status), blankToNull(cluster), blankToNull(forum), blankToNull(q));
    }
}
