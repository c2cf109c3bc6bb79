package io.policylens.claims.transformer;

import java.io.DataInputStream;
import java.io.IOException;

/** One post-norm BERT encoder layer: multi-head self-attention, then the GELU feed-forward block. */
final class EncoderLayer {

    private final int heads;
    private final QuantisedMatrix query;
    private final QuantisedMatrix key;
    private final QuantisedMatrix value;
    private final QuantisedMatrix attentionOutput;
    private final LayerNorm attentionNorm;
    private final QuantisedMatrix intermediate;
    private final QuantisedMatrix output;
    private final LayerNorm outputNorm;

    private EncoderLayer(int heads, QuantisedMatrix query, QuantisedMatrix key, QuantisedMatrix value,
                         QuantisedMatrix attentionOutput, LayerNorm attentionNorm, QuantisedMatrix intermediate,
                         QuantisedMatrix output, LayerNorm outputNorm) {
        this.heads = heads;
        this.query = query;
        this.key = key;
        this.value = value;
        this.attentionOutput = attentionOutput;
        this.attentionNorm = attentionNorm;
        this.intermediate = intermediate;
        this.output = output;
        this.outputNorm = outputNorm;
    }

    static EncoderLayer read(DataInputStream in, int hidden, int heads) throws IOException {
        QuantisedMatrix q = QuantisedMatrix.read(in);
        QuantisedMatrix k = QuantisedMatrix.read(in);
        QuantisedMatrix v = QuantisedMatrix.read(in);
        QuantisedMatrix o = QuantisedMatrix.read(in);
        LayerNorm norm1 = LayerNorm.read(in, hidden);
        QuantisedMatrix up = QuantisedMatrix.read(in);
        QuantisedMatrix down = QuantisedMatrix.read(in);
        LayerNorm norm2 = LayerNorm.read(in, hidden);
        return new EncoderLayer(heads, q, k, v, o, norm1, up, down, norm2);
    }

    int feedForwardWidth() {
        return intermediate.columns();
    }

    /** Transforms {@code x} ({@code tokens × hidden}) in place, using the scratch buffers of {@code work}. */
    void apply(float[] x, int tokens, Workspace work) {
        int hidden = query.columns();
        query.apply(x, tokens, work.q);
        key.apply(x, tokens, work.k);
        value.apply(x, tokens, work.v);
        attend(tokens, hidden, work);
        attentionOutput.apply(work.context, tokens, work.projected);
        for (int i = 0; i < tokens * hidden; i++) {
            x[i] += work.projected[i];
        }
        attentionNorm.apply(x, tokens);
        intermediate.apply(x, tokens, work.feedForward);
        for (int i = 0; i < tokens * intermediate.columns(); i++) {
            work.feedForward[i] = Gelu.apply(work.feedForward[i]);
        }
        output.apply(work.feedForward, tokens, work.projected);
        for (int i = 0; i < tokens * hidden; i++) {
            x[i] += work.projected[i];
        }
        outputNorm.apply(x, tokens);
    }

    private void attend(int tokens, int hidden, Workspace work) {
        int size = hidden / heads;
        float scale = (float) (1.0 / Math.sqrt(size));
        float[] scores = work.scores;
        java.util.Arrays.fill(work.context, 0, tokens * hidden, 0f);
        for (int h = 0; h < heads; h++) {
            int offset = h * size;
            for (int i = 0; i < tokens; i++) {
                float max = Float.NEGATIVE_INFINITY;
                for (int j = 0; j < tokens; j++) {
                    float dot = 0f;
                    int qi = i * hidden + offset;
                    int kj = j * hidden + offset;
                    for (int d = 0; d < size; d++) {
                        dot += work.q[qi + d] * work.k[kj + d];
                    }
                    scores[j] = dot * scale;
                    max = Math.max(max, scores[j]);
                }
                float sum = 0f;
                for (int j = 0; j < tokens; j++) {
                    scores[j] = (float) Math.exp(scores[j] - max);
                    sum += scores[j];
                }
                int ci = i * hidden + offset;
                for (int j = 0; j < tokens; j++) {
                    float weight = scores[j] / sum;
                    int vj = j * hidden + offset;
                    for (int d = 0; d < size; d++) {
                        work.context[ci + d] += weight * work.v[vj + d];
                    }
                }
            }
        }
    }
}
