package io.policylens.system.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * documents-service's change relay counters out of its Prometheus text ({@code /q/metrics}):
 * {@code policylens_changes_relay_relayed_total 1000.0} → {@code relayed=1000}. Series that differ only by labels are
 * summed; a service without the relay gives an empty map.
 */
final class RelayMetrics {

    private static final String PREFIX = "policylens_changes_relay_";

    private RelayMetrics() {
    }

    static Map<String, Long> parse(String prometheusText) {
        Map<String, Long> values = new TreeMap<>();
        PrometheusText.sums(prometheusText).forEach((name, sum) -> {
            if (name.startsWith(PREFIX)) {
                values.put(name.substring(PREFIX.length()).replaceFirst("_total$", ""), Math.round(sum));
            }
        });
        return values;
    }
}
