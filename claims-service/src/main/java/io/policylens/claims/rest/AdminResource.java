package io.policylens.claims.rest;

import io.policylens.claims.service.FeedAdministration;
import io.policylens.common.problem.Problem;
import io.policylens.common.security.Callers;
import io.policylens.common.security.Roles;
import io.policylens.documents.client.feed.FeedStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operating the change-feed consumer: re-extraction after an extractor upgrade, and progress. */
@Path("/claims/admin")
@Tag(name = "Claims administration", description = "Re-extraction and change-feed progress")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role does not allow this", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AdminResource {

    @Inject
    FeedAdministration administration;

    @Inject
    Callers callers;

    @POST
    @Path("/reextract")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Re-extract every document",
            description = "Rewinds the change feed to the start. The consumer then replays it in the background: documents "
                    + "extracted with an older extractor version are extracted again (with force=true, all of them). Reviews "
                    + "are kept. Follow the progress with GET /claims/admin/feed (cursor, head, lag).")
    @APIResponse(responseCode = "202", description = "Replay started; the feed status right after the rewind",
            content = @Content(schema = @Schema(implementation = FeedStatus.class)))
    public Response reextract(@QueryParam("force") @DefaultValue("false")
                              @Parameter(description = "Re-extract even documents already processed with the current extractor version", example = "false")
                              boolean force) {
        return Response.accepted(administration.reextract(force, callers.current().name())).build();
    }

    @GET
    @Path("/feed")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change-feed progress",
            description = "cursor: last change applied; head: newest change seen; lag: changes still to apply; lastError: "
                    + "why the last poll failed, if it did.")
    @APIResponse(responseCode = "200", description = "The consumer's status", content = @Content(schema = @Schema(implementation = FeedStatus.class,
            example = "{\"consumer\":\"claims\",\"cursor\":120,\"head\":480,\"lag\":360,\"applied\":120,"
                    + "\"lastPoll\":\"2026-11-24T09:00:00Z\",\"lastError\":null}")))
    public FeedStatus feed() {
        return administration.status();
    }
}
