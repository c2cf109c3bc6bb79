package io.policylens.gateway.resilience;

import io.policylens.gateway.client.Downstream;
import io.policylens.gateway.observability.GatewayMetrics;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Map;

/** One {@link DownstreamGuard} per service, built once from configuration. */
@ApplicationScoped
public class DownstreamGuards {

    private final Map<Downstream, DownstreamGuard> guards = new EnumMap<>(Downstream.class);

    public DownstreamGuards(DownstreamSettings settings, GatewayMetrics metrics) {
        for (Downstream service : Downstream.values()) {
            guards.put(service, new DownstreamGuard(service, settings.of(service), metrics));
        }
    }

    public DownstreamGuard of(Downstream service) {
        return guards.get(service);
    }
}
