package io.policylens.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.policylens.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Rendered aggregated views by (view, document, partner scope). A view is served from here only while the data
 * generation it was fetched under is still current (see {@link DataVersions}); the scope key makes sure a view
 * fetched for one organisation is never served to another (documents-service decided what that organisation may
 * see). Views that left a part out (degraded) are never stored. A bound in bytes of the compressed views (an analysis
 * is 1-10 KB gzipped) keeps the heap flat; the expiry is a backstop only, the generation does the real invalidation.
 */
@ApplicationScoped
public class ViewCache {

    private final DataVersions versions;
    private final Cache<Key, CachedView> views;
    private final Counter hits;
    private final Counter misses;
    private final Counter bypasses;

    public ViewCache(DataVersions versions, MeterRegistry registry,
            @ConfigProperty(name = "policylens.view-cache.maximum-bytes", defaultValue = "16000000")
                    long maximumBytes,
            @ConfigProperty(name = "policylens.view-cache.expire-after-write", defaultValue = "10m")
                    Duration expiry) {
        this.versions = versions;
        this.views = Caffeine.newBuilder().maximumWeight(maximumBytes)
                .weigher((Key key, CachedView view) -> view.gzipped().length + 200) // 200: the entry's own objects
                .expireAfterWrite(expiry).build();
        this.hits = counter(registry, "hit");
        this.misses = counter(registry, "miss");
        this.bypasses = counter(registry, "bypass");
    }

    /**
     * The view from the cache when it is still current, otherwise {@code render} is called (and its answer kept
     * unless {@code cacheable} says no).
     *
     * @param fresh the caller asked for a fresh answer (Cache-Control: no-cache): render, then replace the entry
     */
    public CachedView get(String view, UUID id, Caller caller, boolean fresh, Supplier<Rendered> render) {
        Key key = new Key(view, id, scope(caller));
        // read the generation BEFORE fetching: whatever commits during the fetch moves it, and the entry dies with it
        OptionalLong generation = versions.current();
        if (generation.isPresent() && !fresh) {
            CachedView cached = views.getIfPresent(key);
            if (cached != null && cached.generation() == generation.getAsLong()) {
                hits.increment();
                return cached.asHit();
            }
        }
        (fresh ? bypasses : misses).increment();
        Rendered rendered = render.get();
        CachedView answer = CachedView.rendered(rendered.body(), generation.orElse(-1), System.currentTimeMillis());
        if (generation.isPresent() && rendered.cacheable()) {
            views.put(key, answer.compact());
        } else {
            views.invalidate(key);
        }
        return answer;
    }

    /** Partner scoping depends only on this: administrators and services see all, everyone else by organisation. */
    static String scope(Caller caller) {
        return caller.seesAllPartners() ? "*" : "org:" + caller.owningOrganisation();
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("policylens.gateway.view.cache")
                .description("Aggregated views served from the gateway's cache (hit), rendered (miss) or rendered on "
                        + "request (bypass)")
                .tag("result", result)
                .register(registry);
    }

    /** A freshly rendered view and whether it may be kept (a degraded one may not). */
    public record Rendered(byte[] body, boolean cacheable) {
    }

    private record Key(String view, UUID id, String scope) {
    }
}
