package io.policylens.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client key, in memory. Each gateway instance limits on its own; with N
 * instances behind a load balancer a client gets up to N times the rate, which is acceptable for
 * protecting the services (a shared store would be the next step if it is not).
 */
@ApplicationScoped
public class RateLimiter {

    private final RateLimitSettings settings;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(RateLimitSettings settings) {
        this(settings, System::nanoTime);
    }

    RateLimiter(RateLimitSettings settings, LongSupplier clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** 0 when the request may pass, otherwise the whole seconds the client should wait (at least 1). */
    public long acquire(String clientKey) {
        if (!settings.enabled()) {
            return 0;
        }
        long now = clock.getAsLong();
        if (buckets.size() >= settings.maxClients() && !buckets.containsKey(clientKey)) {
            evictIdle(now);
        }
        TokenBucket bucket = buckets.computeIfAbsent(clientKey, k -> new TokenBucket(settings.capacity(), settings.refillPerSecond(), now));
        long waitNanos = bucket.tryTake(now);
        return waitNanos == 0 ? 0 : Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Full buckets carry no state worth keeping: a new client starts with a full bucket anyway. */
    private void evictIdle(long now) {
        buckets.entrySet().removeIf(e -> e.getValue().isFull(now));
    }

    int trackedClients() {
        return buckets.size();
    }
}
