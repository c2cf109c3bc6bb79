package io.policylens.documents.feed.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the relay's backlog in readiness, but always UP: while Kafka is down the service still accepts writes (the
 * outbox keeps them) and serves the HTTP feed; taking it out of rotation would turn a Kafka outage into a full one.
 */
@Readiness
@ApplicationScoped
public class ChangeRelayHealth implements HealthCheck {

    @Inject
    ChangeRelayLoop loop;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("change-relay").up()
                .withData("relaying", loop.running())
                .withData("backlog", loop.backlog());
        if (loop.lastError() != null) {
            response.withData("lastError", loop.lastError());
        }
        return response.build();
    }
}
