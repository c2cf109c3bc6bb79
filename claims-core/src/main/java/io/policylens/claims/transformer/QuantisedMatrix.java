package io.policylens.claims.transformer;

import java.io.DataInputStream;
import java.io.IOException;

/**
 * A dense layer {@code y = x · W + b} whose weights are stored as signed bytes with one scale per output column
 * (symmetric per-channel int8). Kept as bytes in memory: a quarter of the floats' footprint, and the
 * byte-to-float widening in the inner loop costs less than the memory traffic it saves.
 *
 * @param rows    input width
 * @param columns output width
 * @param weights row-major {@code rows × columns}: the inner loop walks one input row across all outputs, a loop
 *                the JIT turns into vector instructions (no reduction)
 */
record QuantisedMatrix(int rows, int columns, byte[] weights, float[] scales, float[] bias) {

    static QuantisedMatrix read(DataInputStream in) throws IOException {
        int rows = in.readInt();
        int columns = in.readInt();
        byte[] weights = new byte[rows * columns];
        in.readFully(weights);
        return new QuantisedMatrix(rows, columns, weights, Floats.read(in, columns), Floats.read(in, columns));
    }

    /** {@code out[t] = x[t] · W + b} for the first {@code tokens} rows of {@code x} (width {@link #rows}). */
    void apply(float[] x, int tokens, float[] out) {
        java.util.Arrays.fill(out, 0, tokens * columns, 0f);
        int t = 0;
        for (; t + 1 < tokens; t += 2) { // two tokens per pass: each weight row is loaded once for both
            int x0 = t * rows;
            int x1 = x0 + rows;
            int y0 = t * columns;
            int y1 = y0 + columns;
            for (int i = 0; i < rows; i++) {
                float a0 = x[x0 + i];
                float a1 = x[x1 + i];
                int w = i * columns;
                for (int j = 0; j < columns; j++) {
                    float v = weights[w + j];
                    out[y0 + j] += a0 * v;
                    out[y1 + j] += a1 * v;
                }
            }
        }
        for (; t < tokens; t++) {
            int x0 = t * rows;
            int y0 = t * columns;
            for (int i = 0; i < rows; i++) {
                float a0 = x[x0 + i];
                int w = i * columns;
                for (int j = 0; j < columns; j++) {
                    out[y0 + j] += a0 * weights[w + j];
                }
            }
        }
        for (t = 0; t < tokens; t++) {
            int y0 = t * columns;
            for (int j = 0; j < columns; j++) {
                out[y0 + j] = out[y0 + j] * scales[j] + bias[j];
            }
        }
    }
}
