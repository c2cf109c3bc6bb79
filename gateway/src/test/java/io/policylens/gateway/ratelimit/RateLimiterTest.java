package io.policylens.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The token bucket arithmetic per caller and per organisation, on a hand-driven clock. */
class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(42 * SECOND);

    private RateLimiter limiter(long capacity, double refillPerSecond, long organisationCapacity, int maxClients) {
        RateLimitSettings settings = new RateLimitSettings() {
            public boolean enabled() { return true; }
            public long capacity() { return capacity; }
            public double refillPerSecond() { return refillPerSecond; }
            public long organisationCapacity() { return organisationCapacity; }
            public double organisationRefillPerSecond() { return refillPerSecond; }
            public int organisationConcurrentSubmissions() { return 4; }
            public int maxClients() { return maxClients; }
        };
        return new RateLimiter(settings, now::get);
    }

    private RateLimiter limiter(long capacity, double refillPerSecond, int maxClients) {
        return limiter(capacity, refillPerSecond, 1_000_000, maxClients);
    }

    private static long wait(RateLimiter limiter, String caller) {
        return limiter.acquire(new RateLimitKeys(caller, "organisation:" + caller)).retryAfterSeconds();
    }

    @Test
    void aBurstUpToTheCapacityPassesThenTheCallerWaits() {
        RateLimiter limiter = limiter(3, 0.5, 100);
        assertThat(wait(limiter, "a")).isZero();
        assertThat(wait(limiter, "a")).isZero();
        assertThat(wait(limiter, "a")).isZero();
        // one token per 2 s
        assertThat(wait(limiter, "a")).isEqualTo(2);
        now.addAndGet(SECOND);
        assertThat(wait(limiter, "a")).isEqualTo(1);
        now.addAndGet(SECOND);
        assertThat(wait(limiter, "a")).isZero();
        assertThat(wait(limiter, "a")).isEqualTo(2);
    }

    @Test
    void callersHaveTheirOwnBuckets() {
        RateLimiter limiter = limiter(1, 1, 100);
        assertThat(wait(limiter, "a")).isZero();
        assertThat(wait(limiter, "a")).isPositive();
        assertThat(wait(limiter, "b")).isZero();
    }

    @Test
    void theCallersOfOneOrganisationShareItsBucket() {
        RateLimiter limiter = limiter(2, 1, 3, 100);
        RateLimitKeys first = new RateLimitKeys("subject:1", "organisation:partner-a");
        RateLimitKeys second = new RateLimitKeys("subject:2", "organisation:partner-a");
        assertThat(limiter.acquire(first).passes()).isTrue();
        assertThat(limiter.acquire(first).passes()).isTrue();
        assertThat(limiter.acquire(first).refusedBy()).isEqualTo(RateLimiter.Scope.CALLER);
        assertThat(limiter.acquire(second).passes()).isTrue();
        RateLimiter.Decision refused = limiter.acquire(second);
        assertThat(refused.refusedBy()).isEqualTo(RateLimiter.Scope.ORGANISATION);
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(limiter.acquire(new RateLimitKeys("subject:3", "organisation:partner-b")).passes()).isTrue();
        // callers without a valid token have no organisation: only their own (IP) bucket applies
        assertThat(limiter.acquire(new RateLimitKeys("ip:10.0.0.1", null)).passes()).isTrue();
    }

    @Test
    void refillNeverExceedsTheCapacity() {
        RateLimiter limiter = limiter(2, 10, 100);
        now.addAndGet(3600 * SECOND);
        assertThat(wait(limiter, "a")).isZero();
        assertThat(wait(limiter, "a")).isZero();
        assertThat(wait(limiter, "a")).isEqualTo(1);
    }

    @Test
    void idleClientsAreForgottenWhenTheTableIsFull() {
        RateLimiter limiter = limiter(5, 1, 2);
        wait(limiter, "a");
        wait(limiter, "b");
        now.addAndGet(10 * SECOND);
        wait(limiter, "c");
        assertThat(limiter.trackedClients()).isEqualTo(1);
    }
}
