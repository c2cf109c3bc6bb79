package io.policylens.documents.client.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the feed consumer is alive. The poll loop beats at every poll and after every applied change; a loop
 * that stopped beating for longer than the stall timeout is dead or stuck (its scheduler thread died, a change
 * hangs), and one that caught an {@link Error} (OutOfMemoryError, StackOverflowError) cannot be trusted until the
 * process restarts. Either fails the liveness probe, so Kubernetes restarts the pod. Plain Java, thread-safe.
 */
public final class FeedHeartbeat {

    private final Clock clock;
    private final Duration stallTimeout;
    private volatile Instant lastBeat;
    private volatile String fatal;

    public FeedHeartbeat(Clock clock, Duration stallTimeout) {
        this.clock = clock;
        this.stallTimeout = stallTimeout;
        this.lastBeat = clock.instant();
    }

    public void beat() {
        lastBeat = clock.instant();
    }

    /** The loop caught an Error: dead until restarted, whatever it does afterwards. */
    public void died(Error error) {
        fatal = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    public Instant lastBeat() {
        return lastBeat;
    }

    /** Why the consumer is not alive, or empty when it is. */
    public Optional<String> deadReason() {
        if (fatal != null) {
            return Optional.of("the feed consumer failed with " + fatal);
        }
        Duration silent = Duration.between(lastBeat, clock.instant());
        if (silent.compareTo(stallTimeout) > 0) {
            return Optional.of("the feed consumer made no progress for " + silent.toSeconds() + " s (stall timeout "
                    + stallTimeout.toSeconds() + " s): its thread is dead or stuck");
        }
        return Optional.empty();
    }
}
