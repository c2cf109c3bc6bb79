package io.policylens.gateway.rest;

import io.policylens.common.paging.PageParameters;
import io.policylens.common.problem.Problem;
import io.policylens.common.security.Roles;
import io.policylens.documents.contract.ExtractText;
import io.policylens.gateway.aggregation.EvidenceAssembler;
import io.policylens.gateway.aggregation.RecommendationEvidence;
import io.policylens.gateway.client.RecommendationsCalls;
import io.policylens.recommendations.contract.RecommendationExtractRequest;
import io.policylens.recommendations.contract.RecommendationStatusRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Public recommendation endpoints. Thin: the gateway checks the role and the input shape, then
 * relays recommendations-service's answer (status, content type, bytes, problems included);
 * recommendations-service checks the propagated token again and applies partner scoping. The
 * evidence view is assembled here (EvidenceAssembler).
 */
@Path("/api/v1/recommendations")
@Tag(
        name = "Recommendations",
        description =
                "Policy recommendations found in documents: search, evidence, clusters, tracking")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationsResource {

    @Inject
    RecommendationsCalls recommendations;

    @Inject
    EvidenceAssembler evidence;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "List and filter recommendations",
            description =
                    "Recommendations of public documents and of your organisation's documents; newest documents first, "
                    + "in text order within a document. Filters combine with AND. Reader role.")
    @APIResponse(
            responseCode = "200",
            description = "A page of recommendations (items, page, size, total)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value = RecommendationExamples.RECOMMENDATION_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad paging or filter values")
    public Response list(@Valid @BeanParam RecommendationQuery query) {
        return Relay.of(recommendations.list(query.filters()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Get a recommendation with its evidence links",
            description =
                    "With its structure (addressee, strength, action, forums), document, cluster, tracking status and "
                    + "the claims of the same document that support it (claim ids are claims-service's). For the "
                    + "claims themselves and their exact source spans use GET /api/v1/recommendations/{id}/evidence. "
                    + "Reader role; partner scoping applies.")
    @APIResponse(
            responseCode = "200",
            description = "The recommendation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "recommendation",
                                            value =
                                                    RecommendationExamples
                                                            .RECOMMENDATION_WITH_EVIDENCE)))
    @APIResponse(responseCode = "404", description = "No such recommendation visible to you")
    public Response get(@PathParam("id") @Parameter(example = RecommendationExamples.ID) UUID id) {
        return Relay.of(recommendations.get(id));
    }

    @GET
    @Path("/{id}/evidence")
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Trace a recommendation to its claims and their exact source spans",
            description =
                    "Recommendation (recommendations-service) -> its evidence links -> the claims (claims-service, by "
                    + "id) -> the exact spans in the document's text (documents-service). The recommendation and the "
                    + "document text are required: a 404 of either is relayed, their service being down is a 503. "
                    + "Claims are best effort: when claims-service is down or no longer serves a claim, the span "
                    + "stored with the link is used (origin evidence-link) and the answer is \"degraded\" with the "
                    + "missing parts named. Reader role; partner scoping applies.")
    @APIResponse(
            responseCode = "200",
            description = "The evidence, possibly degraded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RecommendationEvidence.class),
                            examples =
                                    @ExampleObject(
                                            name = "evidence",
                                            value = RecommendationExamples.EVIDENCE)))
    @APIResponse(
            responseCode = "404",
            description = "No such recommendation (or its document) visible to you")
    public RecommendationEvidence evidence(
            @PathParam("id") @Parameter(example = RecommendationExamples.ID) UUID id) {
        return evidence.trace(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Tracking history of a recommendation",
            description = "Status changes, oldest first. Reader " + "role.")
    @APIResponse(
            responseCode = "200",
            description = "The status changes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "history",
                                            value = RecommendationExamples.HISTORY)))
    @APIResponse(responseCode = "404", description = "No such recommendation visible to you")
    public Response history(
            @PathParam("id") @Parameter(example = RecommendationExamples.ID) UUID id) {
        return Relay.of(recommendations.history(id));
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANALYST)
    @Operation(
            summary = "Change the tracking status",
            description =
                    "Lifecycle: proposed -> under_consideration -> adopted -> implemented; rejected from proposed, "
                    + "under_consideration or adopted; implemented and rejected are final. Recorded in the history "
                    + "with your name, the note and the date it happened (default today). Never retried by the "
                    + "gateway. Analyst role.")
    @APIResponse(
            responseCode = "200",
            description = "The recommendation with its new status",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "tracked",
                                            value = RecommendationExamples.TRACKED)))
    @APIResponse(
            responseCode = "400",
            description = "Bad status, note too long, future date, unknown fields")
    @APIResponse(responseCode = "404", description = "No such recommendation visible to you")
    @APIResponse(
            responseCode = "409",
            description = "Transition not allowed from the current status",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "final status",
                                            value = RecommendationExamples.INVALID_TRANSITION)))
    public Response changeStatus(
            @PathParam("id") @Parameter(example = RecommendationExamples.ID) UUID id,
            @Valid @NotNull RecommendationStatusRequest change) {
        return Relay.of(recommendations.changeStatus(id, change));
    }

    @GET
    @Path("/clusters")
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "List clusters of similar recommendations",
            description =
                    "Which documents recommend the same course of action; most-backed first (distinct documents, then "
                    + "members). Counts only reflect recommendations you may see. Reader role.")
    @APIResponse(
            responseCode = "200",
            description = "A page of clusters",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "clusters",
                                            value = RecommendationExamples.CLUSTER_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad paging values")
    public Response clusters(
            @QueryParam("minDocuments")
                    @DefaultValue("1")
                    @Min(1)
                    @Max(10_000)
                    @Parameter(
                            description =
                                    "Only clusters backed by at least this many documents (consensus)",
                            example = "2")
                    int minDocuments,
            @Valid @BeanParam PageParameters paging) {
        return Relay.of(recommendations.clusters(minDocuments, paging.page, paging.size));
    }

    @GET
    @Path("/clusters/{clusterId}")
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Get a cluster with its members",
            description =
                    "Members are the recommendations you may see, " + "paginated. Reader role.")
    @APIResponse(
            responseCode = "200",
            description = "The cluster and a page of members",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "cluster",
                                            value = RecommendationExamples.CLUSTER_DETAIL)))
    @APIResponse(responseCode = "400", description = "Bad id or paging values")
    @APIResponse(responseCode = "404", description = "No such cluster with members visible to you")
    public Response cluster(
            @PathParam("clusterId")
                    @Size(max = 100)
                    @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be a cluster " + "id")
                    @Parameter(example = RecommendationExamples.CLUSTER_ID)
                    String clusterId,
            @Valid @BeanParam PageParameters paging) {
        return Relay.of(recommendations.cluster(clusterId, paging.page, paging.size));
    }

    @POST
    @Path("/extract")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Try the recommendation extractor on text (nothing stored)",
            description =
                    "Runs the documents pipeline and the recommendation extractor on the text and returns what it "
                    + "finds, with offsets into the normalised text. Reader role.")
    @APIResponse(
            responseCode = "200",
            description = "The recommendations found",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "extraction",
                                            value = RecommendationExamples.EXTRACTION)))
    @APIResponse(responseCode = "400", description = OpenApiTexts.EXTRACT_BAD_INPUT)
    @APIResponse(responseCode = "413", description = OpenApiTexts.EXTRACT_TOO_LARGE)
    @APIResponse(responseCode = "422", description = "Nothing left after removing markup")
    public Response extract(
            // the edge also refuses an over-long text, which the service would answer with 413 after the call
            @Valid @ConvertGroup(to = ExtractText.AtTheEdge.class) @NotNull RecommendationExtractRequest request) {
        return Relay.of(recommendations.extract(request));
    }

    @POST
    @Path("/admin/reextract")
    @RolesAllowed(Roles.ADMIN)
    @Tag(name = "Administration", description = OpenApiTexts.ADMINISTRATION)
    @Operation(
            summary = "Re-extract every document's recommendations",
            description =
                    "recommendations-service reads the change topic once more (every replica, in a consumer group of "
                    + "its own); documents extracted with an older extractor version are extracted again (with "
                    + "force=true, all of them). Tracking state is kept. Follow the progress with GET "
                    + "/api/v1/recommendations/admin/feed. Admin role.")
    @APIResponse(
            responseCode = "202",
            description = "Replay requested; the consumer's status right after the request",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "requested",
                                            value = RecommendationExamples.FEED)))
    @APIResponse(responseCode = "400", description = "force is not true or false")
    public Response reextract(@Valid @BeanParam ReextractQuery query) {
        return Relay.of(recommendations.reextract(query.force()));
    }

    @GET
    @Path("/admin/feed")
    @RolesAllowed(Roles.ADMIN)
    @Tag(name = "Administration", description = OpenApiTexts.ADMINISTRATION)
    @Operation(
            summary = "Recommendation extraction progress (change feed)",
            description =
                    OpenApiTexts.FEED_FIELDS
                            + " clustering: the background re-clustering (pending: clusters do not yet reflect every "
                                    + "change; clusteredUpTo: the newest change, by documents-service's sequence "
                                    + "number, they reflect). Admin role.")
    @APIResponse(
            responseCode = "200",
            description = "The consumer's status",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "catching up",
                                            value = RecommendationExamples.FEED)))
    public Response feed() {
        return Relay.of(recommendations.feed());
    }
}
