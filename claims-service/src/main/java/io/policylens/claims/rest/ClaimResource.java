package io.policylens.claims.rest;

import io.policylens.claims.contract.ClaimReviewRequest;
import io.policylens.claims.service.ClaimService;
import io.policylens.claims.service.ExportService;
import io.policylens.claims.service.MatchService;
import io.policylens.claims.service.ReviewService;
import io.policylens.claims.service.ReviewStatus;
import io.policylens.common.paging.Page;
import io.policylens.common.paging.PageParameters;
import io.policylens.common.security.Caller;
import io.policylens.common.security.Callers;
import io.policylens.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Claims: list, read, review, match, export. Thin: the work happens in the service package. */
@Path("/claims")
@Tag(name = "Claims", description = "Factual claims found in documents: search, review, cross-document matches, "
        + "ClaimReview export")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403",
        description = "Role does not allow this, or (reviews) the claim is another organisation's")
public class ClaimResource {

    @Inject
    ClaimService claims;

    @Inject
    ReviewService reviews;

    @Inject
    MatchService matches;

    @Inject
    ExportService exports;

    @Inject
    Callers callers;

    @ConfigProperty(name = "policylens.public-base-url", defaultValue = "https://policylens.io")
    String publicBaseUrl;

    @ConfigProperty(name = "policylens.claimreview.author", defaultValue = "Policy Lens")
    String reviewingOrganisation;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "List and filter claims", description =
                    "Claims of public documents and of your organisation's documents. With 'document', in text order; "
                    + "otherwise the most check-worthy first.")
    @APIResponse(responseCode = "200", description = "A page of claims")
    @APIResponse(responseCode = "400", description = "Bad paging or filter values")
    public Page<ClaimView> list(@Valid @BeanParam ClaimListParameters parameters) {
        Caller caller = callers.current();
        var page = claims.list(caller, parameters.filter(), parameters.page, parameters.size);
        return new Page<>(page.items().stream().map(c -> ClaimViews.view(c, caller)).toList(), page.page(), page.size(),
                page.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Get a claim", description = "With its structure, document and current review.")
    @APIResponse(responseCode = "200", description = "The claim",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "No such claim visible to you")
    public ClaimView get(@PathParam("id") UUID id) {
        Caller caller = callers.current();
        return ClaimViews.view(claims.get(id, caller), caller);
    }

    @PUT
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Review a claim", description =
                    "Sets the verdict (verified, disputed, false, or back to unreviewed) with an optional note. The "
                    + "reviewer is taken from your token; every review is kept in the history. Reviews survive "
                    + "re-extraction. A claim has one verdict for everybody who sees it: analysts of the organisation "
                    + "that owns the document and the platform's own analysts may set it; other partners get 403.")
    @APIResponse(responseCode = "200", description = "The claim with its new review",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Bad status, note too long, unknown fields")
    @APIResponse(responseCode = "415", description = "Not application/json")
    @APIResponse(responseCode = "404", description = "No such claim visible to you")
    public ClaimView review(@PathParam("id") UUID id, @Valid @NotNull ClaimReviewRequest request) {
        Caller caller = callers.current();
        var reviewed = reviews.review(id, ReviewStatus.parse(request.status()), request.note(), caller);
        return ClaimViews.view(reviewed, caller);
    }

    @GET
    @Path("/{id}/reviews")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Review history of a claim", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    @APIResponse(responseCode = "404", description = "No such claim visible to you")
    public Page<ReviewView> history(@PathParam("id") UUID id, @Valid @BeanParam PageParameters paging) {
        Caller caller = callers.current();
        var history = reviews.history(id, caller, paging.page, paging.size);
        return new Page<>(history.items().stream().map(r -> ClaimViews.review(r, caller)).toList(), paging.page,
                paging.size, history.total());
    }

    @GET
    @Path("/{id}/matches")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Claims of other documents that agree or conflict", description =
                    "Claims about the same entities stating the same measure: values within tolerance agree, others "
                    + "conflict (both values are given); near-identical statements agree. Only claims you may see; "
                    + "conflicting first.")
    @APIResponse(responseCode = "200", description = "A page of matches")
    @APIResponse(responseCode = "404", description = "No such claim visible to you")
    public Page<MatchView> matches(@PathParam("id") UUID id, @Valid @BeanParam PageParameters paging) {
        Caller caller = callers.current();
        var found = matches.matches(id, caller, paging.page, paging.size);
        return new Page<>(found.items().stream().map(m -> ClaimViews.match(m, caller)).toList(), paging.page,
                paging.size, found.total());
    }

    @GET
    @Path("/{id}/claimreview")
    @Produces({ClaimReviews.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Export a reviewed claim as schema.org ClaimReview (JSON-LD)", description =
                    "Served as application/ld+json. Only claims with a verdict (verified, disputed, false).")
    @APIResponse(responseCode = "200", description = "The ClaimReview", content = @Content(
                            mediaType = ClaimReviews.MEDIA_TYPE,
                            schema = @Schema(implementation = ClaimReviewLd.class)))
    @APIResponse(responseCode = "404", description = "No such claim visible to you")
    @APIResponse(responseCode = "409", description = "The claim has not been reviewed")
    public Response claimReview(@PathParam("id") UUID id) {
        ClaimReviewLd document = ClaimReviews.of(exports.reviewed(id, callers.current()), publicBaseUrl,
                        reviewingOrganisation);
        // always JSON-LD, even for clients that asked for plain JSON: it is the same bytes with a more precise type
        return Response.ok(document, ClaimReviews.MEDIA_TYPE).build();
    }
}
