package io.policylens.claims.rest;

import io.policylens.claims.repository.ProcessedDocumentRepository;
import io.policylens.common.security.Roles;
import io.policylens.documents.client.feed.DocumentProcessingResource;
import io.policylens.documents.client.feed.ProcessingMarker;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;
import java.util.UUID;

/** Which revision of a document claims-service has processed, claims found or not (the gateway's document status). */
@Path("/claims/documents")
@Tag(name = "Claims", description = "Factual claims found in documents: search, review, cross-document matches, ClaimReview export")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.READER)
public class ProcessingResource extends DocumentProcessingResource {

    @Inject
    ProcessedDocumentRepository markers;

    @Override
    @Transactional
    protected Optional<ProcessingMarker> marker(UUID documentId) {
        return markers.processing(documentId);
    }
}
