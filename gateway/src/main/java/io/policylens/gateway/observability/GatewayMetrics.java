package io.policylens.gateway.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.policylens.gateway.client.Downstream;
import io.policylens.gateway.resilience.DownstreamException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Locale;

/**
 * Gateway-specific metrics. Per-endpoint request counts and latencies come from Micrometer's HTTP
 * server metrics (tagged with the route template); these add what those cannot see: which service
 * failed, how, and how often an aggregated answer had to leave parts out.
 */
@ApplicationScoped
public class GatewayMetrics {

    private final MeterRegistry registry;

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void downstreamFailure(Downstream service, DownstreamException.Kind kind) {
        Counter.builder("policylens.gateway.downstream.failures")
                .description("Downstream calls that gave no usable answer, per service and kind")
                .tag("service", service.id())
                .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }

    public void degradedAnswer(String view, Collection<String> missing) {
        for (String part : missing) {
            Counter.builder("policylens.gateway.degraded.answers")
                    .description("Aggregated answers returned without a part, per view and kind of missing part")
                    .tag("view", view)
                    .tag("missing", partKind(part))
                    .register(registry).increment();
        }
    }

    /**
     * "claim:3f2a..." → "claim": a label holds a kind, never an id. An id would make one time series per claim (a
     * cardinality that grows with the data) and would show ids of any partner's claims to whoever reads the metrics.
     */
    static String partKind(String part) {
        int colon = part.indexOf(':');
        return colon < 0 ? part : part.substring(0, colon);
    }

    public void rateLimited() {
        Counter.builder("policylens.gateway.rate.limited")
                .description("Requests rejected with 429 by the per-client rate limit")
                .register(registry).increment();
    }
}
