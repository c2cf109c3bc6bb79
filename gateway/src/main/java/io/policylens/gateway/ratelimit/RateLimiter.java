package io.policylens.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per caller and per organisation, in memory. Each gateway instance limits on its own; with N
 * instances behind a load balancer a client gets up to N times the rate, which is acceptable for protecting the
 * services (a shared store would be the next step if it is not).
 */
@ApplicationScoped
public class RateLimiter {

    /** Which limit refused a request. */
    public enum Scope { CALLER, ORGANISATION }

    /** Let through (retryAfterSeconds 0), or refused by one limit with the whole seconds to wait (at least 1). */
    public record Decision(long retryAfterSeconds, Scope refusedBy) {
        static final Decision PASS = new Decision(0, null);

        public boolean passes() {
            return retryAfterSeconds == 0;
        }
    }

    private final RateLimitSettings settings;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> callers = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> organisations = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(RateLimitSettings settings) {
        this(settings, System::nanoTime);
    }

    RateLimiter(RateLimitSettings settings, LongSupplier clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Takes a token from the caller's bucket, then from the organisation's. A request refused by its organisation
     * has still used the caller's token: the caller's limit counts what it sent, the organisation's what passed.
     */
    public Decision acquire(RateLimitKeys keys) {
        if (!settings.enabled()) {
            return Decision.PASS;
        }
        long now = clock.getAsLong();
        long wait = take(callers, keys.caller(), settings.capacity(), settings.refillPerSecond(), now);
        if (wait > 0) {
            return new Decision(seconds(wait), Scope.CALLER);
        }
        if (keys.organisation() != null) {
            wait = take(organisations, keys.organisation(), settings.organisationCapacity(),
                            settings.organisationRefillPerSecond(), now);
            if (wait > 0) {
                return new Decision(seconds(wait), Scope.ORGANISATION);
            }
        }
        return Decision.PASS;
    }

    private long take(Map<String, TokenBucket> buckets, String key, long capacity, double refillPerSecond, long now) {
        if (buckets.size() >= settings.maxClients() && !buckets.containsKey(key)) {
            // full buckets carry no state worth keeping: a new client starts with a full bucket anyway
            buckets.entrySet().removeIf(e -> e.getValue().isFull(now));
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, refillPerSecond, now)).tryTake(now);
    }

    private static long seconds(long waitNanos) {
        return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    int trackedClients() {
        return callers.size();
    }
}
