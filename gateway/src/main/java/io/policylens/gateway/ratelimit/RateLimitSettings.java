package io.policylens.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Rate limits ({@code policylens.rate-limit.*}): per caller (token subject) a burst of {@code capacity}, then
 * {@code refill-per-second}; per partner organisation (all its callers together) {@code organisation-capacity} and
 * {@code organisation-refill-per-second}; and {@code organisation-concurrent-submissions} submissions of one
 * organisation in progress at once.
 */
@ConfigMapping(prefix = "policylens.rate-limit")
public interface RateLimitSettings {

    @WithDefault("true")
    boolean enabled();

    /** Requests one caller may send in a burst. */
    @WithDefault("120")
    long capacity();

    /** Sustained requests per second per caller. */
    @WithDefault("2")
    double refillPerSecond();

    /** Requests all callers of one organisation may send in a burst. */
    @WithDefault("600")
    long organisationCapacity();

    /** Sustained requests per second per organisation. */
    @WithDefault("10")
    double organisationRefillPerSecond();

    /** Submissions of one organisation in progress at once (SubmissionSlots). */
    @WithDefault("4")
    int organisationConcurrentSubmissions();

    /** Buckets kept in memory per kind; beyond this, full (idle) buckets are dropped first. */
    @WithDefault("100000")
    int maxClients();
}
