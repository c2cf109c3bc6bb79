package io.policylens.claims.rest;

import io.policylens.common.security.Callers;
import io.policylens.common.security.Roles;
import io.policylens.documents.client.stream.FeedAdministration;
import io.policylens.documents.client.stream.FeedStatus;
import io.policylens.documents.client.stream.ReextractParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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
public class AdminResource {

    @Inject
    FeedAdministration administration;

    @Inject
    Callers callers;

    @POST
    @Path("/reextract")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Re-extract every document",
            description =
                    "Replays the change topic in the background (every replica reads it once more in a consumer group "
                    + "of its own): documents extracted with an older extractor version are extracted again (with "
                    + "force=true, all of them). Reviews are kept. Follow the progress with GET /claims/admin/feed "
                    + "(reextraction).")
    @APIResponse(
            responseCode = "202",
            description = "Replay requested; the consumer's status right after the request",
            content = @Content(schema = @Schema(implementation = FeedStatus.class)))
    @APIResponse(responseCode = "400", description = "force is not true or false")
    @Parameter(name = "force", in = ParameterIn.QUERY, example = "false",
            description = "Re-extract even documents already processed with the current extractor version")
    public Response reextract(@Valid @BeanParam ReextractParameters parameters) {
        return Response.accepted(administration.reextract(parameters.force(), callers.current().name())).build();
    }

    @GET
    @Path("/feed")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Change-feed progress",
            description =
                    "Progress on the change topic. cursor: sum of the consumer group's committed offsets; head: sum of "
                    + "the partitions' end offsets; lag: changes still to apply, over all replicas; partitions: lag "
                    + "per partition; fastPathLag: changes the deletion/visibility fast path has still to look at; "
                    + "lastError: the last failure, if any.")
    @APIResponse(
            responseCode = "200",
            description = "The consumer's status",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = FeedStatus.class,
                                            example =
                                                    "{\"consumer\":\"policylens-claims\",\"cursor\":1180,\"head\":1204,"
                                                    + "\"lag\":24,\"applied\":310,"
                                                    + "\"lastPoll\":\"2026-11-24T09:00:00Z\",\"lastError\":null,"
                                                    + "\"partitions\":[{\"partition\":0,\"committed\":1180,"
                                                    + "\"end\":1204,\"lag\":24}],\"fastPathLag\":0}")))
    public FeedStatus feed() {
        return administration.status();
    }
}
