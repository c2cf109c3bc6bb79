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
                    .description("Aggregated answers returned without a part, per view and missing part")
                    .tag("view", view)
                    .tag("missing", part)
                    .register(registry).increment();
        }
    }

    public void rateLimited() {
        Counter.builder("policylens.gateway.rate.limited")
                .description("Requests rejected with 429 by the per-client rate limit")
                .register(registry).increment();
    }
}
