package io.policylens.documents.client.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/** /q/health/live is DOWN while the change-feed consumer is dead or stuck ({@link FeedHeartbeat}). */
@Liveness
@ApplicationScoped
public class FeedLivenessCheck implements HealthCheck {

    @Inject
    FeedFollower follower;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("change-feed-consumer");
        if (!follower.enabled()) {
            return response.up().withData("enabled", false).build();
        }
        FeedHeartbeat heartbeat = follower.heartbeat();
        response.withData("lastProgress", heartbeat.lastBeat().toString());
        return heartbeat.deadReason().map(reason -> response.down().withData("reason", reason))
                .orElseGet(response::up).build();
    }
}
