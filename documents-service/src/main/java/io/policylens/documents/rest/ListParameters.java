package io.policylens.documents.rest;

import io.policylens.common.paging.PageParameters;
import io.policylens.common.problem.ProblemException;
import io.policylens.common.security.Visibility;
import io.policylens.documents.repository.DocumentFilter;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;

import static io.policylens.common.http.RequestValues.blankToNull;

/** Paging and filter query parameters shared by listing and search. */
public class ListParameters extends PageParameters {

    @QueryParam("topic")
    @Size(max = 100)
    @Parameter(description = "Topic id from the taxonomy", example = "semiconductors")
    public String topic;

    @QueryParam("entity")
    @Size(max = 100)
    @Parameter(description = "Canonical entity id", example = "south-korea")
    public String entity;

    @QueryParam("publisher")
    @Size(max = 300)
    @Parameter(description = "Publisher (case-insensitive exact match)", example = "The Diplomat")
    public String publisher;

    @QueryParam("from")
    @Parameter(description = "Published on or after (ISO date)", example = "2022-01-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Published on or before (ISO date)", example = "2025-12-31")
    public String to;

    @QueryParam("visibility")
    @Parameter(description = "public or partner", example = "public")
    public String visibility;

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
