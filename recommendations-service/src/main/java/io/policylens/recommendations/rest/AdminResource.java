package io.policylens.recommendations.rest;

import io.policylens.common.security.Callers;
import io.policylens.common.security.Roles;
import io.policylens.documents.client.stream.FeedAdministration;
import io.policylens.documents.client.stream.FeedStatus;
import io.policylens.documents.client.stream.ReextractParameters;
import io.policylens.recommendations.clustering.ClusteringJob;
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

/** Operations: re-extraction, change-feed and clustering progress. */
@Path("/recommendations/admin")
@Tag(
        name = "Recommendations administration",
        description = "Re-extraction and change-feed progress")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "Only administrators")
public class AdminResource {

    @Inject
    FeedAdministration administration;

    @Inject
    ClusteringJob clustering;

    @Inject
    Callers callers;

    @POST
    @Path("/reextract")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Re-extract all documents",
            description =
                    "Replays the change topic in the background (every replica reads it once more in a consumer group "
                    + "of its own). Documents already extracted with the current extractor versions are skipped unless "
                    + "force=true. Recommendation ids are stable, so tracking state is kept. Follow progress with GET "
                    + "/recommendations/admin/feed (reextraction).")
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the consumer's status right after the request",
            content = @Content(schema = @Schema(implementation = FeedStatus.class)))
    @APIResponse(responseCode = "400", description = "force is not true or false")
    @Parameter(name = "force", in = ParameterIn.QUERY, example = "false",
            description = "Re-extract even documents that are up to date")
    public Response reextract(@Valid @BeanParam ReextractParameters parameters) {
        return Response.accepted(administration.reextract(parameters.force(), callers.current().name())).build();
    }

    @GET
    @Path("/feed")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Change-feed and clustering progress",
            description =
                    "Consumer group offsets on the change topic (cursor, head), lag (changes not applied yet, over all "
                    + "replicas), lag per partition, fast-path lag, last change applied and last error. Clusters are "
                    + "recomputed in the background once per burst of changes, a few seconds behind: "
                    + "clustering.pending says whether applied changes are still to be reflected in the clusters, "
                    + "clustering.clusteredUpTo the newest change (documents-service's sequence number) that is.")
    @APIResponse(
            responseCode = "200",
            description = "Where the consumer stands",
            content = @Content(schema = @Schema(implementation = FeedProgressView.class)))
    public FeedProgressView feed() {
        return FeedProgressView.of(administration.status(), clustering.status());
    }
}
