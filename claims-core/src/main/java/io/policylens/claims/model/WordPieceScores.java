package io.policylens.claims.model;

import io.policylens.claims.text.WordPieceTokenizer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dense half of the check-worthiness model, folded into one number per WordPiece piece. At training time
 * a logistic regression was fitted on the mean of distilled sentence-transformer vectors of a sentence's
 * pieces; a linear function of a mean is the mean of the per-piece values, so the shipped model is just a
 * score per piece: logit = bias + mean over the sentence's pieces of score[piece]. No vectors, no native code.
 * Stored as the vocabulary followed by 16-bit quantised scores ({@link QuantisedValues}).
 *
 * @param version     identifies the training run
 * @param vocabulary  piece strings by id (the tokenizer's vocabulary)
 * @param scores      score per piece
 * @param bias        intercept
 * @param blendWeight the share of this logit in the check-worthiness logit (the n-gram model has the rest),
 *                    chosen on the development set
 */
public record WordPieceScores(String version, List<String> vocabulary, float[] scores, float bias, float blendWeight) {

    private static final int MAGIC = 0x504c5750; // "PLWP"

    public WordPieceScores {
        if (vocabulary.size() != scores.length) {
            throw new IllegalArgumentException(vocabulary.size() + " pieces but " + scores.length + " scores");
        }
    }

    public WordPieceScores withBlendWeight(float weight) {
        return new WordPieceScores(version, vocabulary, scores, bias, weight);
    }

    public WordPieceTokenizer tokenizer() {
        return new WordPieceTokenizer(vocabulary);
    }

    public double logit(int[] pieces) {
        return logit(scores, bias, pieces);
    }

    /** The logit for given piece ids, for holders that keep the scores without the vocabulary. */
    static double logit(float[] scores, float bias, int[] pieces) {
        if (pieces.length == 0) {
            return bias;
        }
        double sum = 0;
        for (int piece : pieces) {
            sum += scores[piece];
        }
        return bias + sum / pieces.length;
    }

    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeUTF(version);
        out.writeInt(scores.length);
        out.writeFloat(bias);
        out.writeFloat(blendWeight);
        for (String piece : vocabulary) {
            out.writeUTF(piece);
        }
        QuantisedValues.write(out, scores);
        out.flush();
    }

    public static WordPieceScores read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Policy Lens word-piece score model");
        }
        String version = in.readUTF();
        int size = in.readInt();
        float bias = in.readFloat();
        float blendWeight = in.readFloat();
        List<String> vocabulary = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            vocabulary.add(in.readUTF());
        }
        return new WordPieceScores(version, List.copyOf(vocabulary), QuantisedValues.read(in, size), bias, blendWeight);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WordPieceScores other && version.equals(other.version) && bias == other.bias
                && blendWeight == other.blendWeight
                && vocabulary.equals(other.vocabulary) && Arrays.equals(scores, other.scores);
    }

    @Override
    public int hashCode() {
        return 31 * version.hashCode() + Arrays.hashCode(scores);
    }
}
