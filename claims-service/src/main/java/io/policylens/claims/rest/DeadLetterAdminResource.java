package io.policylens.claims.rest;

import io.policylens.documents.client.stream.DeadLetterResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Changes the Kafka consumer gave up on, and their replay, for administrators (documents-client's stream kit). */
@Path("/claims/admin/feed/dead-letters")
@Tag(name = "Claims administration", description = "Re-extraction and change-feed progress")
@SecurityRequirement(name = "SecurityScheme")
public class DeadLetterAdminResource extends DeadLetterResource {
}
