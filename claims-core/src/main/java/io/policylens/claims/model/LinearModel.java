package io.policylens.claims.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A logistic-regression model over binary hashed features. Stored as 16-bit quantised weights
 * ({@link QuantisedValues}) to keep the versioned file small.
 *
 * @param version   identifies the training run, part of the extractor version
 * @param weights   one weight per hashed feature
 * @param bias      intercept
 * @param threshold decision threshold on the probability, chosen on a development set
 */
public record LinearModel(String version, float[] weights, float bias, float threshold) {

    private static final int MAGIC = 0x504c4c4d; // "PLLM"

    public double probability(int[] features) {
        return 1.0 / (1.0 + Math.exp(-logit(features)));
    }

    public double logit(int[] features) {
        double z = bias;
        for (int feature : features) {
            z += weights[feature];
        }
        return z;
    }

    public LinearModel withThreshold(float newThreshold) {
        return new LinearModel(version, weights, bias, newThreshold);
    }

    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeUTF(version);
        out.writeInt(weights.length);
        out.writeFloat(bias);
        out.writeFloat(threshold);
        QuantisedValues.write(out, weights);
        out.flush();
    }

    public static LinearModel read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Policy Lens linear model");
        }
        String version = in.readUTF();
        int dimensions = in.readInt();
        float bias = in.readFloat();
        float threshold = in.readFloat();
        return new LinearModel(version, QuantisedValues.read(in, dimensions), bias, threshold);
    }
}
