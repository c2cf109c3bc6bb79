package io.policylens.recommendations.rest;

import io.policylens.documents.client.preview.PreviewAnalysis;
import io.policylens.common.paging.Page;
import io.policylens.common.security.Caller;
import io.policylens.common.security.Callers;
import io.policylens.common.security.Roles;
import io.policylens.documents.contract.InputFormat;
import io.policylens.documents.text.ContentFormat;
import io.policylens.recommendations.contract.RecommendationExtractRequest;
import io.policylens.recommendations.contract.RecommendationStatusRequest;
import io.policylens.recommendations.extraction.RecommendationExtractor;
import io.policylens.recommendations.service.ExtractionPreview;
import io.policylens.recommendations.service.RecommendationService;
import io.policylens.recommendations.service.TrackingService;
import io.policylens.recommendations.service.TrackingStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Recommendations: list, read with evidence, track, and try the extractor. Thin: the work happens
 * in the services.
 */
@Path("/recommendations")
@Tag(name = "Recommendations", description =
                "Policy recommendations extracted from documents, their evidence and tracking")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    @Inject
    RecommendationService recommendations;

    @Inject
    TrackingService tracking;

    @Inject
    ExtractionPreview preview;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "List recommendations", description =
                    "Newest documents first, in document order within a document; only recommendations of documents "
                    + "your organisation may see. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "A page of recommendations")
    @APIResponse(responseCode = "400", description = "Bad paging or filter values")
    public Page<RecommendationView> list(@Valid @BeanParam RecommendationListParameters parameters) {
        return RecommendationViews.page(recommendations.list(callers.current(), parameters.filter(), parameters.page,
                parameters.size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Get a recommendation with its evidence", description =
                    "Evidence: the claims of the same document that support it, with the reason for each link. Claim "
                    + "ids are the ids claims-service serves the claims under.")
    @APIResponse(responseCode = "200", description = "The recommendation",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "404", description = "No such recommendation visible to you")
    public RecommendationView get(
            @PathParam("id") @Parameter(example = "7d8f3c1e-1b2a-3c4d-9e8f-0a1b2c3d4e5f") UUID id) {
        RecommendationService.WithEvidence found = recommendations.get(id, callers.current());
        return RecommendationViews.view(found.recommendation(), found.evidence());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Tracking history of a recommendation", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The status changes")
    @APIResponse(responseCode = "404", description = "No such recommendation visible to you")
    public List<HistoryEntryView> history(@PathParam("id") UUID id) {
        Caller caller = callers.current();
        return recommendations.history(id, caller).stream().map(h -> RecommendationViews.history(h, caller)).toList();
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Change the tracking status", description =
                    "Lifecycle: proposed → under_consideration → adopted → implemented; rejected from proposed, "
                    + "under_consideration or adopted. implemented and rejected are final. The change is recorded in "
                    + "the history with your name, the note and the date it happened (default today). The status is "
                    + "one record for everybody who sees the recommendation: analysts of the organisation that owns "
                    + "the document and the platform's own analysts may change it; other partners get 403.")
    @APIResponse(responseCode = "403", description = "Not an analyst, or the recommendation is another organisation's")
    @APIResponse(responseCode = "200", description = "The recommendation with its new status",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid status, unknown fields or malformed JSON")
    @APIResponse(responseCode = "404", description = "No such recommendation visible to you")
    @APIResponse(responseCode = "409", description = "Transition not allowed from the current status")
    public RecommendationView changeStatus(@PathParam("id") UUID id,
            @Valid @NotNull RecommendationStatusRequest request) {
        return RecommendationViews.view(tracking.change(id, callers.current(), TrackingStatus.parse(request.status()),
                request.note(), request.date()));
    }

    @POST
    @Path("/extract")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Extract recommendations from a text", description =
                    "Runs the document text pipeline and the recommendation extractor on the text; nothing is stored.")
    @APIResponse(responseCode = "200", description = "What was found",
            content = @Content(schema = @Schema(implementation = ExtractResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing text, bad format, unknown fields")
    @APIResponse(responseCode = "413", description = PreviewAnalysis.LIMITS_DESCRIPTION)
    @APIResponse(responseCode = "422", description = "Nothing left after removing markup")
    public ExtractResponse extract(@Valid @NotNull RecommendationExtractRequest request) {
        ContentFormat format = InputFormat.parseOrText(request.format());
        return new ExtractResponse(RecommendationExtractor.VERSION,
                preview.extract(request.text(), format).stream().map(RecommendationViews::extracted).toList());
    }
}
