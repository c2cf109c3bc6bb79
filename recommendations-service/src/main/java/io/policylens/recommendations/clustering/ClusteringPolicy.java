package io.policylens.recommendations.clustering;

import io.policylens.recommendations.repository.ClusteringState;

import java.time.Duration;

/**
 * When a pending re-clustering should run: once the changes have paused for the quiet period (the end of a
 * burst: one run for the whole burst), or once the oldest unclustered change has waited the maximum delay
 * (a long ingest still sees clusters at most about that far behind). Times are the database's clock.
 */
record ClusteringPolicy(Duration quietPeriod, Duration maxDelay) {

    boolean due(ClusteringState state) {
        if (!state.pending()) {
            return false;
        }
        if (state.lastRequestAt() == null || state.pendingSince() == null) {
            return true;
        }
        return !state.readAt().isBefore(state.lastRequestAt().plus(quietPeriod))
                || !state.readAt().isBefore(state.pendingSince().plus(maxDelay));
    }
}
