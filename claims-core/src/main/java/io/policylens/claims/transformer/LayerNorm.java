package io.policylens.claims.transformer;

import java.io.DataInputStream;
import java.io.IOException;

/** Layer normalisation over the hidden width, in place (BERT's epsilon 1e-12). */
record LayerNorm(float[] gamma, float[] beta) {

    private static final double EPSILON = 1e-12;

    static LayerNorm read(DataInputStream in, int width) throws IOException {
        return new LayerNorm(Floats.read(in, width), Floats.read(in, width));
    }

    void apply(float[] x, int tokens) {
        int width = gamma.length;
        for (int t = 0; t < tokens; t++) {
            int o = t * width;
            double sum = 0;
            for (int j = 0; j < width; j++) {
                sum += x[o + j];
            }
            float mean = (float) (sum / width);
            double squares = 0;
            for (int j = 0; j < width; j++) {
                float d = x[o + j] - mean;
                squares += d * d;
            }
            float inverse = (float) (1.0 / Math.sqrt(squares / width + EPSILON));
            for (int j = 0; j < width; j++) {
                x[o + j] = (x[o + j] - mean) * inverse * gamma[j] + beta[j];
            }
        }
    }
}
