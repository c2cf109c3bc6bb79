package io.policylens.gateway.rest;

import io.policylens.common.problem.Problem;
import io.policylens.gateway.client.DeadLetterCalls;
import io.policylens.gateway.client.RecommendationsCalls;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * recommendations-service's dead letters (Kafka source), relayed; recommendations-service checks
 * the propagated admin token again.
 */
@Path("/api/v1/recommendations/admin/feed/dead-letters")
@Tag(name = "Administration", description = ApiResponses.ADMINISTRATION)
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "429", description = ApiResponses.RATE_LIMITED)
@APIResponse(responseCode = "502", description = ApiResponses.RECOMMENDATIONS_BAD_GATEWAY)
@APIResponse(responseCode = "503", description = ApiResponses.RECOMMENDATIONS_UNAVAILABLE, content = @Content(
                        mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "recommendations-service down",
                                        value = RecommendationExamples.DOWN)))
@APIResponse(responseCode = "504", description = ApiResponses.RECOMMENDATIONS_TIMEOUT)
public class RecommendationDeadLettersResource extends DeadLetterRoutes {

    @Inject
    RecommendationsCalls recommendations;

    @Override
    protected DeadLetterCalls service() {
        return recommendations.deadLetters();
    }
}
