package io.policylens.claims.rest;

import io.policylens.common.security.Roles;
import io.policylens.documents.client.sync.DocumentProcessingResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which revision of a document claims-service has processed, claims found or not (the gateway's
 * document status).
 */
@Path("/claims/documents")
@Tag(name = "Claims", description = "Factual claims found in documents: search, review, cross-document matches, "
        + "ClaimReview export")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.READER)
public class ProcessingResource extends DocumentProcessingResource {}
