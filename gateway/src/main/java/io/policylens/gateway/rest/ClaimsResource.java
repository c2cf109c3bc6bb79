package io.policylens.gateway.rest;

import io.policylens.claims.contract.ClaimExtractRequest;
import io.policylens.claims.contract.ClaimReviewRequest;
import io.policylens.common.paging.PageParameters;
import io.policylens.common.problem.Problem;
import io.policylens.common.security.Roles;
import io.policylens.documents.contract.ExtractText;
import io.policylens.gateway.client.ClaimsCalls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Public claim endpoints. Thin: the gateway checks the role and the input shape, then relays
 * claims-service's answer (status, content type, bytes, problems included); claims-service checks
 * the propagated token again and applies partner scoping, so a claim of another partner's private
 * document is a 404 here as there.
 */
@Path("/api/v1/claims")
@Tag(
        name = "Claims",
        description =
                "Factual claims found in documents: search, review, cross-document matches, ClaimReview export")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimsResource {

    private static final String CLAIM_ID = "5d1c2a3e-7a51-3d6f-9c1e-2b8f0a7c4d21";

    @Inject
    ClaimsCalls claims;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "List and filter claims",
            description =
                    "Claims of public documents and of your organisation's documents. With 'document', in text order; "
                    + "otherwise the most check-worthy first. Reader role.")
    @APIResponse(
            responseCode = "200",
            description = "A page of claims (items, page, size, total)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value = ClaimExamples.CLAIM_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad paging or filter values")
    public Response list(@Valid @BeanParam ClaimQuery query) {
        return Relay.of(claims.list(query.filters()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Get a claim",
            description =
                    "With its structure (figures, entities, cited source), document and current review. Reader role; "
                    + "partner scoping applies.")
    @APIResponse(
            responseCode = "200",
            description = "The claim",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "claim", value = ClaimExamples.CLAIM)))
    @APIResponse(responseCode = "404", description = "No such claim visible to you")
    public Response get(@PathParam("id") @Parameter(example = CLAIM_ID) UUID id) {
        return Relay.of(claims.get(id));
    }

    @PUT
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANALYST)
    @Operation(
            summary = "Review a claim",
            description =
                    "Sets the verdict (verified, disputed, false, or back to unreviewed) with an optional note. The "
                    + "reviewer is taken from your token; every review is kept in the history and survives "
                    + "re-extraction. Never retried by the gateway. Analyst role.")
    @APIResponse(
            responseCode = "200",
            description = "The claim with its new review",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "reviewed claim",
                                            value = ClaimExamples.CLAIM)))
    @APIResponse(responseCode = "400", description = "Bad status, note too long, unknown fields")
    @APIResponse(responseCode = "404", description = "No such claim visible to you")
    public Response review(
            @PathParam("id") @Parameter(example = CLAIM_ID) UUID id,
            @Valid @NotNull ClaimReviewRequest review) {
        return Relay.of(claims.review(id, review));
    }

    @GET
    @Path("/{id}/reviews")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Review history of a claim", description = "Newest first. Reader role.")
    @APIResponse(
            responseCode = "200",
            description = "A page of reviews",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "history",
                                            value = ClaimExamples.REVIEW_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad paging values")
    @APIResponse(responseCode = "404", description = "No such claim visible to you")
    public Response reviews(
            @PathParam("id") @Parameter(example = CLAIM_ID) UUID id,
            @Valid @BeanParam PageParameters paging) {
        return Relay.of(claims.reviews(id, paging.page, paging.size));
    }

    @GET
    @Path("/{id}/matches")
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Claims of other documents that agree or conflict",
            description =
                    "Claims about the same entities stating the same measure: values within tolerance agree, others "
                    + "conflict (both values are given); near-identical statements agree. Only claims you may see; "
                    + "conflicting first. Reader role.")
    @APIResponse(
            responseCode = "200",
            description = "A page of matches",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "conflict",
                                            value = ClaimExamples.MATCH_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad paging values")
    @APIResponse(responseCode = "404", description = "No such claim visible to you")
    public Response matches(
            @PathParam("id") @Parameter(example = CLAIM_ID) UUID id,
            @Valid @BeanParam PageParameters paging) {
        return Relay.of(claims.matches(id, paging.page, paging.size));
    }

    @GET
    @Path("/{id}/claimreview")
    @Produces({ClaimsCalls.JSON_LD, MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Export a reviewed claim as schema.org ClaimReview (JSON-LD)",
            description =
                    "Served as application/ld+json, the format fact-check publishers and search engines read. Only "
                    + "claims with a verdict (verified, disputed, false); an unreviewed claim is a 409. Reader role.")
    @APIResponse(
            responseCode = "200",
            description = "The ClaimReview",
            content =
                    @Content(
                            mediaType = ClaimsCalls.JSON_LD,
                            examples =
                                    @ExampleObject(
                                            name = "disputed",
                                            value = ClaimExamples.CLAIM_REVIEW)))
    @APIResponse(responseCode = "404", description = "No such claim visible to you")
    @APIResponse(
            responseCode = "409",
            description = "The claim has not been reviewed",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "not reviewed",
                                            value = ClaimExamples.NOT_REVIEWED)))
    public Response claimReview(@PathParam("id") @Parameter(example = CLAIM_ID) UUID id) {
        return Relay.of(claims.claimReview(id));
    }

    @POST
    @Path("/extract")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Try the claim extractor on text (nothing stored)",
            description =
                    "Runs the documents pipeline and the claim extractor on the text, exactly as for a submitted "
                    + "document, and returns the claims with offsets into the normalised text. Reader role.")
    @APIResponse(
            responseCode = "200",
            description = "The claims found",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "extraction",
                                            value = ClaimExamples.EXTRACTION)))
    @APIResponse(responseCode = "400", description = OpenApiTexts.EXTRACT_BAD_INPUT)
    @APIResponse(responseCode = "413", description = OpenApiTexts.EXTRACT_TOO_LARGE)
    @APIResponse(responseCode = "422", description = "Binary content")
    public Response extract(
            // the edge also refuses an over-long text, which the service would answer with 413 after the call
            @Valid @ConvertGroup(to = ExtractText.AtTheEdge.class) @NotNull ClaimExtractRequest request) {
        return Relay.of(claims.extract(request));
    }

    @POST
    @Path("/admin/reextract")
    @RolesAllowed(Roles.ADMIN)
    @Tag(name = "Administration", description = OpenApiTexts.ADMINISTRATION)
    @Operation(
            summary = "Re-extract every document's claims",
            description =
                    "claims-service reads the change topic once more (every replica, in a consumer group of its own); "
                    + "documents extracted with an older extractor version are extracted again (with force=true, all "
                    + "of them). Reviews are kept. Follow the progress with GET /api/v1/claims/admin/feed. Admin role.")
    @APIResponse(
            responseCode = "202",
            description = "Replay requested; the consumer's status right after the request",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "requested", value = ClaimExamples.FEED)))
    @APIResponse(responseCode = "400", description = "force is not true or false")
    public Response reextract(@Valid @BeanParam ReextractQuery query) {
        return Relay.of(claims.reextract(query.force()));
    }

    @GET
    @Path("/admin/feed")
    @RolesAllowed(Roles.ADMIN)
    @Tag(name = "Administration", description = OpenApiTexts.ADMINISTRATION)
    @Operation(
            summary = "Claim extraction progress (change feed)",
            description = OpenApiTexts.FEED_FIELDS + " Admin role.")
    @APIResponse(
            responseCode = "200",
            description = "The consumer's status",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "catching up",
                                            value = ClaimExamples.FEED)))
    public Response feed() {
        return Relay.of(claims.feed());
    }
}
