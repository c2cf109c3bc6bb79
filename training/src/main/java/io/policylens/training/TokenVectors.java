package io.policylens.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Static vectors for the WordPiece vocabulary, distilled from a sentence transformer at training time
 * ({@code DistillTokenVectors}). A training input only: the extractor ships per-piece scores, not these vectors.
 *
 * @param model      the transformer the vectors came from
 * @param vocabulary piece strings by id
 * @param vectors    one vector per piece, all of the same length
 */
public record TokenVectors(String model, List<String> vocabulary, float[][] vectors) {

    private static final int MAGIC = 0x504c5456; // "PLTV"

    /** Side-by-side vectors of several models over the same vocabulary (model names joined by "+"). */
    public static TokenVectors concatenate(List<TokenVectors> parts) {
        TokenVectors first = parts.get(0);
        int dimensions = 0;
        StringBuilder name = new StringBuilder();
        for (TokenVectors part : parts) {
            if (!part.vocabulary.equals(first.vocabulary)) {
                throw new IllegalArgumentException(part.model + " has another vocabulary than " + first.model);
            }
            dimensions += part.dimensions();
            name.append(name.isEmpty() ? "" : "+").append(part.model);
        }
        float[][] vectors = new float[first.vocabulary.size()][dimensions];
        for (int id = 0; id < vectors.length; id++) {
            int offset = 0;
            for (TokenVectors part : parts) {
                System.arraycopy(part.vectors[id], 0, vectors[id], offset, part.dimensions());
                offset += part.dimensions();
            }
        }
        return new TokenVectors(name.toString(), first.vocabulary, vectors);
    }

    public int dimensions() {
        return vectors[0].length;
    }

    /** Mean vector of the pieces (zero vector for none): the sentence representation the dense model sees. */
    public float[] mean(int[] pieces) {
        float[] out = new float[dimensions()];
        for (int id : pieces) {
            float[] v = vectors[id];
            for (int k = 0; k < out.length; k++) {
                out[k] += v[k];
            }
        }
        if (pieces.length > 0) {
            for (int k = 0; k < out.length; k++) {
                out[k] /= pieces.length;
            }
        }
        return out;
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(MAGIC);
            out.writeUTF(model);
            out.writeInt(vocabulary.size());
            out.writeInt(dimensions());
            for (int id = 0; id < vocabulary.size(); id++) {
                out.writeUTF(vocabulary.get(id));
                for (float x : vectors[id]) {
                    out.writeFloat(x);
                }
            }
        }
    }

    public static TokenVectors read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + " is not a token-vector file");
            }
            String model = in.readUTF();
            int size = in.readInt();
            int dimensions = in.readInt();
            List<String> vocabulary = new ArrayList<>(size);
            float[][] vectors = new float[size][dimensions];
            for (int id = 0; id < size; id++) {
                vocabulary.add(in.readUTF());
                for (int k = 0; k < dimensions; k++) {
                    vectors[id][k] = in.readFloat();
                }
            }
            return new TokenVectors(model, vocabulary, vectors);
        }
    }
}
