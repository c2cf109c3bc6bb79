package io.policylens.claims.transformer;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Reads big-endian float arrays in one bulk copy. */
final class Floats {

    private Floats() {
    }

    static float[] read(DataInputStream in, int count) throws IOException {
        byte[] raw = new byte[count * Float.BYTES];
        in.readFully(raw);
        float[] values = new float[count];
        ByteBuffer.wrap(raw).asFloatBuffer().get(values);
        return values;
    }
}
