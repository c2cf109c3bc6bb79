package io.policylens.gateway.rest;

import io.policylens.common.security.Roles;
import io.policylens.gateway.aggregation.AnalysisAssembler;
import io.policylens.common.security.Caller;
import io.policylens.common.security.Callers;
import io.policylens.gateway.aggregation.DocumentAnalysis;
import io.policylens.gateway.cache.CachedView;
import io.policylens.gateway.cache.ViewCache;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Aggregated views across documents-, claims- and recommendations-service. */
@Path("/api/v1/documents/{id}/analysis")
@Tag(name = "Analysis", description = OpenApiTexts.ANALYSIS)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    @Inject
    AnalysisAssembler assembler;

    @Inject
    ViewCache cache;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "A document with its structure, claims and recommendations", description =
                    "The document part is required: its absence is a 404 and documents-service being down is a 503. "
                    + "Claims and recommendations are best effort: when their service is down the answer is still 200, "
                    + "with \"degraded\": true and the missing parts named in \"missing\". Reader role; partner "
                    + "scoping applies. Complete analyses are kept by the gateway until documents-, claims- or "
                    + "recommendations-service commits any change (noticed within about a second); X-Cache says "
                    + "whether this answer came from there and Age how old it is. Send Cache-Control: no-cache to "
                    + "force a fresh one. Every answer has an ETag: send it back in If-None-Match to get 304 Not "
                    + "Modified while the analysis is unchanged. With Accept-Encoding: gzip the answer comes "
                    + "gzip-encoded.")
    @APIResponse(responseCode = "200", description = "The analysis, possibly degraded", headers = {
                @Header(name = "ETag", description = "entity tag of this analysis",
                        schema = @Schema(type = SchemaType.STRING)), @Header(name = "X-Cache", description =
                                "hit: served from the gateway's view cache; miss: assembled for this request",
                        schema = @Schema(type = SchemaType.STRING, enumeration = {"hit", "miss"})), @Header(
                        name = "Age", description = "seconds since a cached analysis was assembled (hits only)",
                        schema = @Schema(type = SchemaType.INTEGER))
            },
            content = @Content(schema = @Schema(implementation = DocumentAnalysis.class)))
    @APIResponse(responseCode = "304",
            description = "Not modified: the If-None-Match entity tag is still the analysis's")
    @APIResponse(responseCode = "404", description = "No such document visible to you")
    public Response analysis(
            @PathParam("id") UUID id,
            @Parameter(description = "An ETag of an earlier answer: 304 when the analysis has not changed since",
                            example = "\"3q2-7wEjRdCzYlS6bQeUOg\"")
                    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
                    String ifNoneMatch, @Parameter(description =
                                    "no-cache: assemble a fresh analysis instead of serving the gateway's cached one",
                            example = "no-cache")
                    @HeaderParam(HttpHeaders.CACHE_CONTROL)
                    String cacheControl,
            @Parameter(description = "gzip: the answer may come gzip-encoded", example = "gzip")
                    @HeaderParam(HttpHeaders.ACCEPT_ENCODING)
                    String acceptEncoding) {
        Caller caller = callers.current();
        CachedView view = cache.get(AnalysisAssembler.VIEW, id, caller, ViewResponses.freshRequested(cacheControl),
                () -> assembler.render(id));
        return ViewResponses.of(view, ifNoneMatch, acceptEncoding, caller.seesAllPartners());
    }
}
