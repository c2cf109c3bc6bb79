package io.policylens.claims.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Stores model values as 16-bit integers times one scale (the largest magnitude maps to 32767): the loss
 * of precision is far below what changes a decision, and the versioned files stay small.
 */
final class QuantisedValues {

    private QuantisedValues() {
    }

    static void write(DataOutputStream out, float[] values) throws IOException {
        float max = 1e-6f;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max / Short.MAX_VALUE;
        out.writeFloat(scale);
        for (float v : values) {
            out.writeShort(Math.round(v / scale));
        }
    }

    static float[] read(DataInputStream in, int count) throws IOException {
        float scale = in.readFloat();
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readShort() * scale;
        }
        return values;
    }
}
