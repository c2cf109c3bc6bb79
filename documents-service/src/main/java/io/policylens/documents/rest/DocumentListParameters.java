package io.policylens.documents.rest;

import io.policylens.common.problem.ProblemException;
import io.policylens.common.security.Visibility;
import io.policylens.documents.contract.DocumentListQuery;
import io.policylens.documents.repository.DocumentFilter;

import java.time.LocalDate;

import static io.policylens.common.http.RequestValues.blankToNull;

/**
 * Paging and filters shared by listing and search, as declared in the contract (DocumentListQuery), parsed into a
 * DocumentFilter.
 */
public class DocumentListParameters extends DocumentListQuery {

    DocumentFilter filter() {
        LocalDate fromDate = IsoDates.parse("from", from);
        LocalDate toDate = IsoDates.parse("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw ProblemException.badRequest("'from' must not be after 'to'");
        }
        Visibility parsedVisibility = null;
        if (visibility != null && !visibility.isBlank()) {
            try {
                parsedVisibility = Visibility.parse(visibility);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest(e.getMessage());
            }
        }
        return new DocumentFilter(blankToNull(topic), blankToNull(entity), blankToNull(publisher), fromDate, toDate,
                parsedVisibility);
    }
}
