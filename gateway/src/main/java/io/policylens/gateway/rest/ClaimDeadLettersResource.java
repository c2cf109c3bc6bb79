package io.policylens.gateway.rest;

import io.policylens.common.problem.Problem;
import io.policylens.gateway.client.ClaimsCalls;
import io.policylens.gateway.client.DeadLetterCalls;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * claims-service's dead letters (Kafka source), relayed; claims-service checks the propagated admin
 * token again.
 */
@Path("/api/v1/claims/admin/feed/dead-letters")
@Tag(name = "Administration", description = ApiResponses.ADMINISTRATION)
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "429", description = ApiResponses.RATE_LIMITED)
@APIResponse(responseCode = "502", description = ApiResponses.CLAIMS_BAD_GATEWAY)
@APIResponse(responseCode = "503", description = ApiResponses.CLAIMS_UNAVAILABLE, content = @Content(
                        mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "claims-service down",
                                        value = ClaimExamples.CLAIMS_DOWN)))
@APIResponse(responseCode = "504", description = ApiResponses.CLAIMS_TIMEOUT)
public class ClaimDeadLettersResource extends DeadLetterRoutes {

    @Inject
    ClaimsCalls claims;

    @Override
    protected DeadLetterCalls service() {
        return claims.deadLetters();
    }
}
