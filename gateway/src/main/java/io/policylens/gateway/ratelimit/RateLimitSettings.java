package io.policylens.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-client rate limit ({@code policylens.rate-limit.*}): a burst of {@code capacity}, then {@code refill-per-second}. */
@ConfigMapping(prefix = "policylens.rate-limit")
public interface RateLimitSettings {

    @WithDefault("true")
    boolean enabled();

    /** Requests a client may send in a burst. */
    @WithDefault("120")
    long capacity();

    /** Sustained requests per second per client. */
    @WithDefault("2")
    double refillPerSecond();

    /** Buckets kept in memory; beyond this, full (idle) buckets are dropped first. */
    @WithDefault("100000")
    int maxClients();
}
