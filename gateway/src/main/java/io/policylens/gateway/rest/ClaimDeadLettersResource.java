package io.policylens.gateway.rest;

import io.policylens.gateway.client.ClaimsCalls;
import io.policylens.gateway.client.DeadLetterCalls;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * claims-service's dead letters (Kafka source), relayed; claims-service checks the propagated admin
 * token again.
 */
@Path("/api/v1/claims/admin/feed/dead-letters")
@Tag(name = "Administration", description = OpenApiTexts.ADMINISTRATION)
@SecurityRequirement(name = "SecurityScheme")
public class ClaimDeadLettersResource extends DeadLetterRoutes {

    @Inject
    ClaimsCalls claims;

    @Override
    protected DeadLetterCalls service() {
        return claims.deadLetters();
    }
}
