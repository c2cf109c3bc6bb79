package io.policylens.system.bench;

import java.util.Map;
import java.util.TreeMap;

/** Values out of a service's Prometheus text ({@code /q/metrics}). */
final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * Every series name with the sum of its values over all labels: {@code a_total{x="1"} 2.0} and
     * {@code a_total{x="2"} 3.0} give {@code a_total=5.0}. Comment lines are skipped.
     */
    static Map<String, Double> sums(String prometheusText) {
        Map<String, Double> sums = new TreeMap<>();
        for (String line : prometheusText.split("\n")) {
            int space = line.lastIndexOf(' ');
            if (line.isBlank() || line.startsWith("#") || space < 0) {
                continue;
            }
            int labels = line.indexOf('{');
            int firstSpace = line.indexOf(' ');
            String name = line.substring(0, labels >= 0 && labels < firstSpace ? labels : firstSpace);
            sums.merge(name, Double.parseDouble(line.substring(space + 1)), Double::sum);
        }
        return sums;
    }

    /** The sum of every series named {@code name}, whatever its labels; 0 when there is none. */
    static double sum(String prometheusText, String name) {
        return sums(prometheusText).getOrDefault(name, 0.0);
    }
}
