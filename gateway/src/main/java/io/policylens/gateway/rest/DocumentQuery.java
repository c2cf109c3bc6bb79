package io.policylens.gateway.rest;

import io.policylens.common.paging.PageParameters;
import io.policylens.gateway.client.DocumentFilters;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import static io.policylens.common.http.RequestValues.blankToNull;

/**
 * Paging and filters of the document list and search, validated at the edge with the same limits as
 * documents-service so bad requests cost no downstream call. Semantic checks (from after to) stay
 * with documents-service and come back as its problem.
 */
public class DocumentQuery extends PageParameters {

    static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

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
    @Pattern(regexp = ISO_DATE, message = "must be an ISO date such as 2025-06-04")
    @Parameter(description = "Published on or after (ISO date)", example = "2022-01-01")
    public String from;

    @QueryParam("to")
    @Pattern(regexp = ISO_DATE, message = "must be an ISO date such as 2025-06-04")
    @Parameter(description = "Published on or before (ISO date)", example = "2025-12-31")
    public String to;

    @QueryParam("visibility")
    @Pattern(regexp = "(?i)public|partner", message = "must be 'public' or 'partner'")
    @Parameter(description = "public or partner", example = "public")
    public String visibility;

    DocumentFilters filters() {
        return new DocumentFilters(page, size, blankToNull(topic), blankToNull(entity), blankToNull(publisher),
                blankToNull(from), blankToNull(to), blankToNull(visibility));
    }
}
