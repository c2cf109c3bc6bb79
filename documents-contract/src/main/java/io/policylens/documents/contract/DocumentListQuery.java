package io.policylens.documents.contract;

import io.policylens.common.paging.TaggedListQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging and filters of the document list and search, declared once for documents-service and the gateway's
 * GET /api/v1/documents and /api/v1/documents/search, so both check the same limits and document the same
 * parameters. The patterns check the shape only; documents-service parses the values (a 2025-02-30 or a from after
 * to is its 400 problem). Each side extends it with its own conversion.
 */
public class DocumentListQuery extends TaggedListQuery {

    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final String ISO_DATE_MESSAGE = "must be an ISO date such as 2025-06-04";

    @QueryParam("publisher")
    @Size(max = 300)
    @Parameter(description = "Publisher (case-insensitive exact match)", example = "The Diplomat")
    public String publisher;

    @QueryParam("from")
    @Pattern(regexp = ISO_DATE, message = ISO_DATE_MESSAGE)
    @Parameter(description = "Published on or after (ISO date)", example = "2022-01-01")
    public String from;

    @QueryParam("to")
    @Pattern(regexp = ISO_DATE, message = ISO_DATE_MESSAGE)
    @Parameter(description = "Published on or before (ISO date)", example = "2025-12-31")
    public String to;

    @QueryParam("visibility")
    @Pattern(regexp = "(?i)public|partner", message = "must be 'public' or 'partner'")
    @Parameter(description = "public or partner", example = "public")
    public String visibility;
}
