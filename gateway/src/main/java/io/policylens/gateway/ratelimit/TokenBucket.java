package io.policylens.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code capacity} tokens, refills continuously at {@code refillPerSecond},
 * and each request takes one. Bursts up to the capacity pass; the sustained rate is the refill rate.
 * Time is passed in (nanoseconds) so the arithmetic is testable without sleeping.
 */
final class TokenBucket {

    private final double capacity;
    private final double refillPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(long capacity, double refillPerSecond, long now) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes a token: 0 when granted, otherwise the nanoseconds until one will be available. */
    synchronized long tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / refillPerNano);
    }

    /** Full and untouched for a while: safe to forget, it would be recreated full. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = Math.max(0, now - updatedAt);
        tokens = Math.min(capacity, tokens + elapsed * refillPerNano);
        updatedAt = now;
    }
}
