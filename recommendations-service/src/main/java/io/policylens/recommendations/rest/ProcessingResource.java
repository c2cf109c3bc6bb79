package io.policylens.recommendations.rest;

import io.policylens.common.security.Roles;
import io.policylens.documents.client.sync.DocumentProcessingResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which revision of a document recommendations-service has processed, recommendations found or not
 * (the gateway's document status).
 */
@Path("/recommendations/documents")
@Tag(name = "Recommendations", description =
                "Policy recommendations extracted from documents, their evidence and tracking")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.READER)
public class ProcessingResource extends DocumentProcessingResource {}
