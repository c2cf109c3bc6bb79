package io.policylens.claims;

import io.policylens.claims.support.CrashSwitch;
import io.policylens.claims.support.FakeDocumentsService;
import io.policylens.documents.client.feed.FeedFollower;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import static io.policylens.claims.support.Api.PARTNER_A;
import static io.policylens.claims.support.Briefs.memoryChips;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change-feed consumer running on its scheduler, as in production: when its thread dies (the job paused) or it
 * catches an Error (the OutOfMemoryError that once stopped it for good while /q/health said UP), liveness fails so
 * Kubernetes restarts the pod.
 */
@QuarkusTest
@TestProfile(FeedLivenessTest.ScheduledConsumer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedLivenessTest {

    /** The scheduler on, polling every second, and a stall timeout of 3 s instead of 5 minutes. */
    public static class ScheduledConsumer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("policylens.feed.enabled", "true", "policylens.feed.poll-interval", "1s",
                    "policylens.feed.initial-delay", "0s", "policylens.feed.stall-timeout", "3s");
        }
    }

    @Inject
    Scheduler scheduler;

    /** Health is served on the management port only. */
    @TestHTTPResource(value = "health/live", management = true)
    URL liveness;

    @Inject
    FeedFollower follower;

    @Inject
    CrashSwitch crashSwitch;

    @Test
    @Order(1)
    void aDeadConsumerThreadFailsLivenessUntilItPollsAgain() {
        awaitLiveness(200, "UP");
        scheduler.pause(FeedFollower.POLL_JOB); // the job no longer runs: what a dead scheduler thread looks like
        try {
            Response down = awaitLiveness(503, "DOWN");
            assertThat(down.jsonPath().getString("checks.find { it.name == 'change-feed-consumer' }.status")).isEqualTo("DOWN");
            assertThat(down.jsonPath().getString("checks.find { it.name == 'change-feed-consumer' }.data.reason"))
                    .contains("no progress", "dead or stuck");
        } finally {
            scheduler.resume(FeedFollower.POLL_JOB);
        }
        awaitLiveness(200, "UP");
    }

    @Test
    @Order(2)
    void anErrorInTheConsumerFailsLivenessForGood() {
        UUID id = FakeDocumentsService.create("Error", memoryChips(UUID.randomUUID().toString()), PARTNER_A, "partner").id;
        crashSwitch.errorOn(id);
        Response down = awaitLiveness(503, "DOWN");
        assertThat(down.jsonPath().getString("checks.find { it.name == 'change-feed-consumer' }.data.reason"))
                .isEqualTo("the feed consumer failed with OutOfMemoryError: simulated: Java heap space");
        // the scheduler thread survived and goes on polling, but the process stays DOWN until it is restarted
        crashSwitch.off();
        awaitLiveness(503, "DOWN");
        assertThat(follower.status().lastError()).contains("OutOfMemoryError");
    }

    /** Polls the liveness endpoint until it answers the status (bounded: a safety net, not a timing assertion). */
    private Response awaitLiveness(int status, String state) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        Response response;
        do {
            response = given().get(liveness);
            if (response.statusCode() == status && state.equals(response.jsonPath().getString("status"))) {
                return response;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("liveness never became " + state + ": " + response.asString());
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
