package io.policylens.documents.client.stream;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * How often and how patiently a failing change is tried again before it is dead-lettered: {@code attempts} tries in
 * all, waiting {@code initialDelay} before the second and doubling up to {@code maxDelay}. A failure the caller says
 * to wait out (a dependency outage) is tried again every {@code maxDelay} for as long as it lasts.
 */
public record Backoff(int attempts, Duration initialDelay, Duration maxDelay) {

    public Backoff {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** The pause after failed attempt number {@code attempt} (1-based). */
    public Duration delayAfter(int attempt) {
        long millis = initialDelay.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    /** Runs the action until it succeeds or the attempts are used up; then the last failure is thrown. */
    public void run(Runnable action, Sleeper sleeper, FailureListener onFailure) throws InterruptedException {
        run(action, sleeper, onFailure, error -> false);
    }

    /**
     * Like {@link #run(Runnable, Sleeper, FailureListener)}, but a failure that {@code waitOut} accepts (a dependency
     * outage) does not use up an attempt: it is tried again, at most every {@code maxDelay}, for as long as it lasts.
     */
    public void run(Runnable action, Sleeper sleeper, FailureListener onFailure, Predicate<RuntimeException> waitOut)
            throws InterruptedException {
        int ownFailures = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (RuntimeException e) {
                if (!waitOut.test(e) && ++ownFailures >= attempts) {
                    throw e;
                }
                onFailure.failed(attempt, e);
                sleeper.sleep(delayAfter(attempt));
            }
        }
    }

    /** Waits between attempts; tests pass one that does not. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper THREAD = delay -> Thread.sleep(delay.toMillis());

        void sleep(Duration delay) throws InterruptedException;
    }

    /** Told about each failed attempt that will be retried. */
    @FunctionalInterface
    public interface FailureListener {
        void failed(int attempt, RuntimeException error);
    }
}
