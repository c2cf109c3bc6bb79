package io.policylens.gateway.rest;

import io.policylens.common.problem.Problem;
import io.policylens.common.security.Roles;
import io.policylens.gateway.aggregation.AnalysisAssembler;
import io.policylens.gateway.aggregation.DocumentAnalysis;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Aggregated views across documents-, claims- and recommendations-service. */
@Path("/api/v1/documents/{id}/analysis")
@Tag(name = "Analysis", description = "One answer combining a document with what was extracted from it")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    @Inject
    AnalysisAssembler assembler;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "A document with its structure, claims and recommendations",
            description = "The document part is required: its absence is a 404 and documents-service being down is a 503. "
                    + "Claims and recommendations are best effort: when their service is down the answer is still 200, with "
                    + "\"degraded\": true and the missing parts named in \"missing\". Reader role; partner scoping applies.")
    @APIResponse(responseCode = "200", description = "The analysis, possibly degraded", content = @Content(schema = @Schema(implementation = DocumentAnalysis.class)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role does not allow this", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such document visible to you", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = ApiResponses.RATE_LIMITED, content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = ApiResponses.UNAVAILABLE, content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "504", description = ApiResponses.TIMEOUT, content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public DocumentAnalysis analysis(@PathParam("id") UUID id) {
        return assembler.analyse(id);
    }
}
