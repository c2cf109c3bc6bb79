package io.policylens.gateway.rest;

import io.policylens.common.security.Roles;
import io.policylens.gateway.aggregation.CombinedSearch;
import io.policylens.gateway.aggregation.SearchAssembler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One query across documents and claims. */
@Path("/api/v1/search")
@Tag(name = "Analysis", description = OpenApiTexts.ANALYSIS)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchAssembler assembler;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Search documents, claims and recommendations together", description =
                    "Ranked document hits with snippets (documents-service full-text search: words, \"quoted phrases\","
                    + " OR, -exclusions), and the claims and recommendations matching the same words. Documents are "
                    + "required: documents-service down is a 503. Claims and recommendations are best effort: when "
                    + "their service is down the answer is still 200 with \"degraded\": true and the part named in "
                    + "\"missing\" (\"claims\", \"recommendations\"). Reader role; partner scoping applies to every "
                    + "part.")
    @APIResponse(responseCode = "200", description = "The result pages, possibly degraded",
            content = @Content(schema = @Schema(implementation = CombinedSearch.class)))
    @APIResponse(responseCode = "400", description = "Missing or too long query, bad size")
    public CombinedSearch search(@QueryParam("q")
                    @NotBlank
                    @Size(max = 500)
                    @Parameter(description = "Search text", example = "DRAM market")
                    String q, @QueryParam("size")
                    @DefaultValue("10")
                    @Min(1)
                    @Max(100)
                    @Parameter(description = "Results per part, at most 100", example = "10")
                    int size) {
        return assembler.search(q.strip(), size);
    }
}
