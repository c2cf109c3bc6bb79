package io.policylens.claims.transformer;

/** BERT's exact GELU, x·Φ(x), with erf from Abramowitz and Stegun 7.1.26 (error below 1.5e-7). */
final class Gelu {

    private Gelu() {
    }

    static float apply(float x) {
        return (float) (0.5 * x * (1.0 + erf(x / Math.sqrt(2.0))));
    }

    static double erf(double x) {
        double sign = Math.signum(x);
        double a = Math.abs(x);
        double t = 1.0 / (1.0 + 0.3275911 * a);
        double polynomial = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
                + t * 1.061405429))));
        return sign * (1.0 - polynomial * Math.exp(-a * a));
    }
}
