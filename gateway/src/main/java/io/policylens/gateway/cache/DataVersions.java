package io.policylens.gateway.cache;

import io.policylens.gateway.client.DataVersionApi;
import io.policylens.gateway.client.Downstream;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Follows the data versions of documents-, claims- and recommendations-service and turns them into one
 * generation number: it moves whenever any version moved, or could not be read. A cached view is only served for
 * the generation it was fetched under, so anything committed downstream invalidates it within one poll interval.
 * Coarse on purpose: one change anywhere drops every cached view, which costs nothing in read-mostly periods and
 * needs no per-document bookkeeping. While a version cannot be read the generation is unknown and nothing is
 * served from or stored in the cache.
 */
@ApplicationScoped
public class DataVersions {

    private static final Logger LOG = Logger.getLogger(DataVersions.class);

    @ConfigProperty(name = "policylens.view-cache.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "policylens.view-cache.poll-timeout", defaultValue = "500ms")
    Duration timeout;

    private final Config config;
    private final Map<Downstream, DataVersionApi> services = new EnumMap<>(Downstream.class);
    private final Map<Downstream, Long> lastSeen = new EnumMap<>(Downstream.class);
    /** Only the poll job writes these; request threads read them. */
    private volatile long generation;
    private volatile boolean known;

    public DataVersions(Config config) {
        this.config = config;
    }

    /** The versions are served on each service's management port (policylens.management-url.*), not its API port. */
    @PostConstruct
    void clients() {
        for (Downstream service : Downstream.values()) {
            URI url = config.getValue("policylens.management-url." + service.id(), URI.class);
            services.put(service, QuarkusRestClientBuilder.newBuilder().baseUri(url)
                    .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build(DataVersionApi.class));
        }
    }

    /** The generation cached views are valid for; empty while caching is off or a version is unknown. */
    public OptionalLong current() {
        return enabled && known ? OptionalLong.of(generation) : OptionalLong.empty();
    }

    @Scheduled(every = "${policylens.view-cache.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public synchronized void poll() { // synchronized: tests call it too, next to the scheduler
        if (!enabled) {
            return;
        }
        boolean changed = false;
        boolean allRead = true;
        for (Map.Entry<Downstream, DataVersionApi> service : services.entrySet()) {
            Long version = read(service.getKey(), service.getValue());
            if (version == null) {
                allRead = false;
                lastSeen.remove(service.getKey());
            } else if (!version.equals(lastSeen.put(service.getKey(), version))) {
                changed = true;
            }
        }
        // a version that could not be read may have moved meanwhile: the next readable one starts a new generation
        if (changed || !allRead || !known) {
            generation++;
        }
        known = allRead;
    }

    private static Long read(Downstream service, DataVersionApi api) {
        try {
            return api.version().version();
        } catch (RuntimeException e) {
            LOG.debugf("data version of %s-service unknown: %s", service.id(), e.toString());
            return null;
        }
    }
}
