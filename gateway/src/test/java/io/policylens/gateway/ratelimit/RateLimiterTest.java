package io.policylens.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The token bucket arithmetic, on a hand-driven clock. */
class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(42 * SECOND);

    private RateLimiter limiter(long capacity, double refillPerSecond, int maxClients) {
        RateLimitSettings settings = new RateLimitSettings() {
            public boolean enabled() { return true; }
            public long capacity() { return capacity; }
            public double refillPerSecond() { return refillPerSecond; }
            public int maxClients() { return maxClients; }
        };
        return new RateLimiter(settings, now::get);
    }

    @Test
    void aBurstUpToTheCapacityPassesThenTheCallerWaits() {
        RateLimiter limiter = limiter(3, 0.5, 100);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        // one token per 2 s
        assertThat(limiter.acquire("a")).isEqualTo(2);
        now.addAndGet(SECOND);
        assertThat(limiter.acquire("a")).isEqualTo(1);
        now.addAndGet(SECOND);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(2);
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = limiter(1, 1, 100);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
        assertThat(limiter.acquire("b")).isZero();
    }

    @Test
    void refillNeverExceedsTheCapacity() {
        RateLimiter limiter = limiter(2, 10, 100);
        now.addAndGet(3600 * SECOND);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1);
    }

    @Test
    void idleClientsAreForgottenWhenTheTableIsFull() {
        RateLimiter limiter = limiter(5, 1, 2);
        limiter.acquire("a");
        limiter.acquire("b");
        now.addAndGet(10 * SECOND);
        limiter.acquire("c");
        assertThat(limiter.trackedClients()).isEqualTo(1);
    }
}
