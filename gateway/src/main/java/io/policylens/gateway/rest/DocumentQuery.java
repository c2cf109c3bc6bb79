package io.policylens.gateway.rest;

import io.policylens.documents.contract.DocumentListQuery;
import io.policylens.gateway.client.DocumentFilters;

import static io.policylens.common.http.RequestValues.blankToNull;

/**
 * The document list's and search's paging and filters, validated at the edge with documents-service's own
 * declaration (DocumentListQuery), so bad requests cost no downstream call. Semantic checks (from after to) stay
 * with documents-service and come back as its problem.
 */
public class DocumentQuery extends DocumentListQuery {

    DocumentFilters filters() {
        return new DocumentFilters(page, size, blankToNull(topic), blankToNull(entity), blankToNull(publisher),
                blankToNull(from), blankToNull(to), blankToNull(visibility));
    }
}
