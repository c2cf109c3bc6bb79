package io.policylens.system.bench;

/** One value out of a service's Prometheus text ({@code /q/metrics}). */
final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The sum of every series named {@code name}, whatever its labels: {@code a_total{x="1"} 2.0} and
     * {@code a_total{x="2"} 3.0} give 5.0 for {@code a_total}; 0 when there is none.
     */
    static double sum(String prometheusText, String name) {
        double sum = 0;
        for (String line : prometheusText.split("\n")) {
            if (line.startsWith(name) && line.length() > name.length()
                    && (line.charAt(name.length()) == '{' || line.charAt(name.length()) == ' ')) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
