package io.policylens.gateway.rest;

import io.policylens.gateway.client.DeadLetterCalls;
import io.policylens.gateway.client.RecommendationsCalls;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * recommendations-service's dead letters (Kafka source), relayed; recommendations-service checks
 * the propagated admin token again.
 */
@Path("/api/v1/recommendations/admin/feed/dead-letters")
@Tag(name = "Administration", description = OpenApiTexts.ADMINISTRATION)
@SecurityRequirement(name = "SecurityScheme")
public class RecommendationDeadLettersResource extends DeadLetterRoutes {

    @Inject
    RecommendationsCalls recommendations;

    @Override
    protected DeadLetterCalls service() {
        return recommendations.deadLetters();
    }
}
