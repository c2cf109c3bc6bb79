package io.policylens.documents.client.sync;

import io.policylens.common.http.RequestValues;
import io.policylens.common.problem.ProblemException;
import io.policylens.common.security.Callers;
import io.policylens.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/**
 * GET .../documents/{documentId}/processing of an extraction service: the newest revision of a document the service
 * has processed, so a caller can tell "processed, nothing found" from "not processed yet" when the service holds no
 * item for the document. Each service subclasses it with its own {@code @Path} ({@code /<service>/documents}),
 * {@code @Tag} and {@code @SecurityRequirement} (class-level annotations are not inherited); the role rule sits on the
 * method, where a subclass cannot lose it.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class DocumentProcessingResource {

    @Inject
    protected Callers callers;

    @Inject
    protected DocumentSynchroniser synchroniser;

    @GET
    @Path("/{documentId}/processing")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Which revision of a document this service has processed",
            description = "The newest revision of the document this service has processed, whether it found items in "
                    + "it or not: with no item for the document, a processed revision at or above the document's "
                    + "current revision means 'nothing found', a lower one (or 404) means 'not processed yet'. Scoped "
                    + "like the items: public documents and your organisation's; a deleted document answers 404 to "
                    + "everybody. Reader role.")
    @APIResponse(responseCode = "200", description = "The processed revision",
            content = @Content(schema = @Schema(implementation = ProcessedRevision.class)))
    @APIResponse(responseCode = "400", description = "The document id is not a UUID")
    @APIResponse(responseCode = "403", description = "Role does not allow this")
    @APIResponse(responseCode = "404", description = "Not processed yet, deleted, or not visible to you")
    public ProcessedRevision processing(
            @PathParam("documentId") @Pattern(regexp = RequestValues.UUID_PATTERN,
                    message = "must be a document id (UUID)")
            @Parameter(description = "The document's id at documents-service",
                    example = "0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11")
            String documentId) {
        UUID id = UUID.fromString(documentId);
        ProcessingMarker marker = synchroniser.marker(id).filter(ProcessingMarker::processed)
                .filter(m -> m.visibleTo(callers.current()))
                .orElseThrow(() -> ProblemException.notFound(
                        "no processed revision of document " + id + " visible to you"));
        return new ProcessedRevision(id, marker.revision(), marker.processedAt());
    }
}
