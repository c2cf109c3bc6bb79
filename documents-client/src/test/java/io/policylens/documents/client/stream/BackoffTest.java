package io.policylens.documents.client.stream;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private final Backoff backoff = new Backoff(4, Duration.ofMillis(500), Duration.ofSeconds(1));
    private final List<Duration> pauses = new ArrayList<>();
    private final List<Integer> failures = new ArrayList<>();

    @Test
    void pausesDoubleUpToTheMaximum() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(64)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aFailingActionIsTriedTheGivenNumberOfTimesThenItsLastErrorIsThrown() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> backoff.run(() -> {
            throw new IllegalStateException("attempt " + calls.incrementAndGet());
        }, pauses::add, (attempt, error) -> failures.add(attempt)))
                .isInstanceOf(IllegalStateException.class).hasMessage("attempt 4");
        assertThat(calls).hasValue(4);
        assertThat(failures).containsExactly(1, 2, 3);
        assertThat(pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void anActionThatRecoversStopsTheRetries() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        backoff.run(() -> {
            if (calls.incrementAndGet() < 2) {
                throw new IllegalStateException("transient");
            }
        }, pauses::add, (attempt, error) -> failures.add(attempt));
        assertThat(calls).hasValue(2);
        assertThat(pauses).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void aFailureToWaitOutUsesNoAttemptAndIsTriedAtTheLongestPauseWhileItLasts() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        backoff.run(() -> {
            if (calls.incrementAndGet() < 7) {
                throw new IllegalStateException("database unavailable");
            }
        }, pauses::add, (attempt, error) -> failures.add(attempt), error -> error.getMessage().contains("unavailable"));
        assertThat(calls).hasValue(7);
        assertThat(failures).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));

        calls.set(0);
        assertThatThrownBy(() -> backoff.run(() -> {
            throw new IllegalStateException(calls.incrementAndGet() < 6 ? "database unavailable" : "bad change");
        }, pauses::add, (attempt, error) -> { }, error -> error.getMessage().contains("unavailable")))
                .hasMessage("bad change");
        assertThat(calls).as("five outages waited out, then the change's own failure had its four attempts")
                .hasValue(9);
    }

    @Test
    void atLeastOneAttempt() {
        assertThatThrownBy(() -> new Backoff(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
