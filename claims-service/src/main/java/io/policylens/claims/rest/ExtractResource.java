package io.policylens.claims.rest;

import io.policylens.claims.contract.ClaimExtractRequest;
import io.policylens.documents.client.preview.PreviewAnalysis;
import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.claims.service.TryExtraction;
import io.policylens.common.security.Roles;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.contract.InputFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashMap;
import java.util.Map;

/** Try the extractor on any text (Swagger UI). Nothing is stored. */
@Path("/claims/extract")
@Tag(name = "Claims", description = "Factual claims found in documents: search, review, cross-document matches, "
        + "ClaimReview export")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ExtractResource {

    @Inject
    TryExtraction extraction;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Extract claims from text (nothing stored)", description =
                    "Runs the documents pipeline (normalisation, sentences, entities, topics) and the claim extractor "
                    + "in-process, exactly as for a submitted document, and returns the claims.")
    @APIResponse(responseCode = "200", description = "The claims",
            content = @Content(schema = @Schema(implementation = ExtractResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing text, bad format, unknown fields")
    @APIResponse(responseCode = "413", description = PreviewAnalysis.LIMITS_DESCRIPTION)
    @APIResponse(responseCode = "415", description = "Not application/json")
    @APIResponse(responseCode = "422", description = "Binary content")
    public ExtractResponse extract(@Valid @NotNull ClaimExtractRequest request) {
        TryExtraction.Result result = extraction.extract(request.text(), InputFormat.parseOrText(request.format()));
        Map<Integer, AnnotatedSentence> sentences = new HashMap<>();
        result.document().sentences().forEach(s -> sentences.put(s.sentence().index(), s));
        return new ExtractResponse(ClaimExtractor.VERSION, DocumentAnalyser.VERSION, sentences.size(),
                result.document().text(),
                result.claims().stream().map(c -> ClaimViews.extracted(c, sentences)).toList());
    }
}
