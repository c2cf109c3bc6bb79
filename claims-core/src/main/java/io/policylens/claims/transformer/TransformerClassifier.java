package io.policylens.claims.transformer;

import io.policylens.claims.text.WordPieceTokenizer;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A fine-tuned BERT-style sentence classifier run in plain Java (no native runtime, so it compiles into a native
 * image): WordPiece ids → embeddings → encoder layers → mean over the tokens → one logit. Weights are int8 per
 * output channel ({@link QuantisedMatrix}); the word embeddings are int8 per row. Written by the training tool
 * from a PyTorch checkpoint (file format "PLTX", described in docs/claims-quality.md). Thread-safe: each thread
 * gets its own scratch buffers.
 */
public final class TransformerClassifier {

    private static final int MAGIC = 0x504c5458; // "PLTX"

    private final String version;
    private final WordPieceTokenizer tokenizer;
    private final int classifierToken;
    private final int separatorToken;
    private final int hidden;
    private final int maxTokens;
    private final byte[] wordEmbeddings;
    private final float[] wordScales;
    private final float[] positionEmbeddings;
    private final float[] typeEmbedding;
    private final LayerNorm embeddingNorm;
    private final List<EncoderLayer> layers;
    private final float[] headWeights;
    private final float headBias;
    private final float threshold;
    private final ThreadLocal<Workspace> workspaces;

    private TransformerClassifier(String version, List<String> vocabulary, int hidden, int maxTokens,
                                  byte[] wordEmbeddings, float[] wordScales, float[] positionEmbeddings,
                                  float[] typeEmbedding, LayerNorm embeddingNorm, List<EncoderLayer> layers,
                                  float[] headWeights, float headBias, float threshold) {
        this.version = version;
        this.tokenizer = new WordPieceTokenizer(vocabulary);
        this.classifierToken = vocabulary.indexOf("[CLS]");
        this.separatorToken = vocabulary.indexOf("[SEP]");
        this.hidden = hidden;
        this.maxTokens = maxTokens;
        this.wordEmbeddings = wordEmbeddings;
        this.wordScales = wordScales;
        this.positionEmbeddings = positionEmbeddings;
        this.typeEmbedding = typeEmbedding;
        this.embeddingNorm = embeddingNorm;
        this.layers = List.copyOf(layers);
        this.headWeights = headWeights;
        this.headBias = headBias;
        this.threshold = threshold;
        int feedForward = layers.isEmpty() ? hidden : layers.getFirst().feedForwardWidth();
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace(maxTokens, hidden, feedForward));
        if (classifierToken < 0 || separatorToken < 0) {
            throw new IllegalArgumentException("vocabulary lacks [CLS] or [SEP]");
        }
    }

    /** Reads a gzipped PLTX resource from the class path. */
    public static TransformerClassifier fromResource(String resource) {
        try (InputStream raw = TransformerClassifier.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("model resource missing: " + resource);
            }
            return read(new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static TransformerClassifier read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a PLTX transformer file");
        }
        String version = in.readUTF();
        int vocabularySize = in.readInt();
        int hidden = in.readInt();
        int layerCount = in.readInt();
        int heads = in.readInt();
        int maxTokens = in.readInt();
        float threshold = in.readFloat();
        List<String> vocabulary = new ArrayList<>(vocabularySize);
        for (int i = 0; i < vocabularySize; i++) {
            vocabulary.add(in.readUTF());
        }
        byte[] words = new byte[vocabularySize * hidden];
        in.readFully(words);
        float[] wordScales = Floats.read(in, vocabularySize);
        float[] positions = Floats.read(in, maxTokens * hidden);
        float[] type = Floats.read(in, hidden);
        LayerNorm norm = LayerNorm.read(in, hidden);
        List<EncoderLayer> layers = new ArrayList<>(layerCount);
        for (int l = 0; l < layerCount; l++) {
            layers.add(EncoderLayer.read(in, hidden, heads));
        }
        float[] head = Floats.read(in, hidden);
        float bias = in.readFloat();
        return new TransformerClassifier(version, vocabulary, hidden, maxTokens, words, wordScales, positions, type,
                norm, layers, head, bias, threshold);
    }

    /** The classifier's log-odds that the text belongs to the positive class. */
    public double logit(String text) {
        int[] pieces = tokenizer.ids(text);
        int tokens = Math.min(pieces.length, maxTokens - 2) + 2;
        Workspace work = workspaces.get();
        float[] x = work.x;
        embed(pieces, tokens, x);
        for (EncoderLayer layer : layers) {
            layer.apply(x, tokens, work);
        }
        double z = headBias;
        for (int j = 0; j < hidden; j++) {
            double mean = 0;
            for (int t = 0; t < tokens; t++) {
                mean += x[t * hidden + j];
            }
            z += headWeights[j] * mean / tokens;
        }
        return z;
    }

    public double probability(String text) {
        return 1.0 / (1.0 + Math.exp(-logit(text)));
    }

    /** The decision threshold on {@link #probability} chosen on the development set at training time. */
    public double threshold() {
        return threshold;
    }

    public String version() {
        return version;
    }

    private void embed(int[] pieces, int tokens, float[] x) {
        for (int t = 0; t < tokens; t++) {
            int id = t == 0 ? classifierToken : t == tokens - 1 ? separatorToken : pieces[t - 1];
            int w = id * hidden;
            float scale = wordScales[id];
            int o = t * hidden;
            for (int j = 0; j < hidden; j++) {
                x[o + j] = wordEmbeddings[w + j] * scale + positionEmbeddings[o + j] + typeEmbedding[j];
            }
        }
        embeddingNorm.apply(x, tokens);
    }
}
