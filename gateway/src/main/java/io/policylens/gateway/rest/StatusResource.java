package io.policylens.gateway.rest;

import io.policylens.common.security.Roles;
import io.policylens.gateway.aggregation.ExtractionStatus;
import io.policylens.gateway.aggregation.StatusAssembler;
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

/** Extraction progress of one document across the services. */
@Path("/api/v1/documents/{id}/status")
@Tag(name = "Analysis", description = OpenApiTexts.ANALYSIS)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    @Inject
    StatusAssembler status;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Extraction progress of a document per service", description =
                    "After a submission: documents-service's current revision, and whether claims-service's claims and "
                    + "recommendations-service's recommendations reflect it (current) or an older revision (outdated). "
                    + "A service holding no item of the document says which revision it processed: the current one "
                    + "means it found nothing (empty), an older one or none that extraction is still to come "
                    + "(pending). Administrators also see each service's change-feed lag. The document part is "
                    + "required (404 when you may not see it, 503 when documents-service is down); claims- or "
                    + "recommendations-service being down degrades the answer (state unavailable, \"degraded\": true). "
                    + "Reader role.")
    @APIResponse(responseCode = "200", description = "The progress, possibly degraded",
            content = @Content(schema = @Schema(implementation = ExtractionStatus.class)))
    @APIResponse(responseCode = "404", description = "No such document visible to you")
    public ExtractionStatus status(@PathParam("id") UUID id) {
        return status.status(id);
    }
}
