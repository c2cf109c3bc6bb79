package io.policylens.recommendations.rest;

import io.policylens.common.paging.Page;
import io.policylens.common.security.Callers;
import io.policylens.common.security.Roles;
import io.policylens.recommendations.service.ClusterService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** Clusters of similar recommendations across documents, as far as the caller may see them. */
@Path("/recommendations/clusters")
@Tag(
        name = "Recommendation clusters",
        description = "Which documents recommend the same course of action")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ClusterResource {

    @Inject
    ClusterService clusters;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "List clusters",
            description =
                    "Most-backed first (distinct documents, then members). Counts, label and keywords only reflect "
                    + "recommendations you may see; clusters with none are not listed.")
    @APIResponse(responseCode = "200", description = "A page of clusters")
    @APIResponse(responseCode = "400", description = "Bad paging values")
    public Page<ClusterView> list(
            @QueryParam("minDocuments")
                    @DefaultValue("1")
                    @Min(1)
                    @Max(10_000)
                    @Parameter(
                            description =
                                    "Only clusters backed by at least this many documents (consensus)",
                            example = "2")
                    int minDocuments,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) @Parameter(example = "0")
                    int page,
            @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(Page.MAX_SIZE)
                    @Parameter(description = "At most 100", example = "20")
                    int size) {
        var found = clusters.list(callers.current(), minDocuments, page, size);
        return new Page<>(found.items().stream().map(RecommendationViews::cluster).toList(), found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Get a cluster with its members",
            description = "Members are the recommendations you may see, " + "paginated.")
    @APIResponse(
            responseCode = "200",
            description = "The cluster",
            content = @Content(schema = @Schema(implementation = ClusterDetailView.class)))
    @APIResponse(responseCode = "404", description = "No such cluster with members visible to you")
    public ClusterDetailView get(
            @PathParam("id") @Size(max = 100) @Parameter(example = "rc-0aa65eaa249c") String id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) @Parameter(example = "0")
                    int page,
            @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(Page.MAX_SIZE)
                    @Parameter(description = "At most 100", example = "20")
                    int size) {
        ClusterService.WithMembers found = clusters.get(id, callers.current(), page, size);
        return new ClusterDetailView(
                RecommendationViews.cluster(found.cluster()),
                RecommendationViews.page(found.members()));
    }
}
