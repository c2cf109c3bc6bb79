package io.policylens.recommendations.clustering;

import io.policylens.recommendations.repository.ClusteringState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** When the background re-clustering runs: at the end of a burst, or when a long burst has made it wait long enough. */
class ClusteringPolicyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 24, 12, 0, 0, 0, ZoneOffset.UTC);
    private final ClusteringPolicy policy = new ClusteringPolicy(Duration.ofSeconds(1), Duration.ofSeconds(5));

    private static ClusteringState state(
            long requested, long clustered, Duration pendingFor, Duration sinceLastRequest) {
        return new ClusteringState(requested, clustered, pendingFor == null ? null : NOW.minus(pendingFor),
                NOW.minus(sinceLastRequest), null, 0, 0, NOW);
    }

    @Test
    void nothingPendingIsNeverDue() {
        assertThat(policy.due(state(4, 4, null, Duration.ofHours(1)))).isFalse();
    }

    @Test
    void aBurstStillGoingOnWaits() {
        assertThat(policy.due(state(9, 4, Duration.ofSeconds(3), Duration.ofMillis(200)))).isFalse();
    }

    @Test
    void theEndOfABurstIsDue() {
        assertThat(policy.due(state(9, 4, Duration.ofSeconds(3), Duration.ofSeconds(1)))).isTrue();
    }

    @Test
    void aLongBurstIsDueAfterTheMaximumDelay() {
        assertThat(policy.due(state(900, 4, Duration.ofSeconds(5), Duration.ofMillis(10)))).isTrue();
        assertThat(policy.due(state(900, 4, Duration.ofMillis(4_900), Duration.ofMillis(10)))).isFalse();
    }

    @Test
    void aRequestWithoutTimesIsDue() {
        assertThat(policy.due(new ClusteringState(1, 0, null, null, null, 0, 0, NOW))).isTrue();
    }
}
