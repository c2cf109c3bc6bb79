package io.policylens.claims.model;

import io.policylens.claims.features.CheckworthinessFeatures;
import io.policylens.claims.text.SentenceCues;
import io.policylens.claims.text.WordPieceTokenizer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * Sentence-level check-worthiness: the probability that a sentence is a check-worthy factual claim. Two
 * models trained by {@code TrainModel} and shipped as class-path resources are blended in log-odds: the
 * hashed n-gram logistic regression and the word-piece scores distilled from a sentence transformer
 * ({@link WordPieceScores}), weighted by the piece model's blend weight. Both halves are plain Java.
 */
public final class CheckworthinessModel {

    /** Class-path locations; listed in META-INF/native-image resource-config.json for native builds. */
    public static final String RESOURCE = "/io/policylens/claims/model/checkworthiness.bin.gz";
    public static final String PIECES_RESOURCE = "/io/policylens/claims/model/checkworthiness-pieces.bin.gz";

    private static volatile CheckworthinessModel bundled;

    private final LinearModel ngrams;
    // only the scores are kept: the vocabulary's ~30,000 strings (1.5-2 MB of heap in every service that
    // extracts claims) live on compactly inside the tokenizer
    private final float[] pieceScores;
    private final float pieceBias;
    private final float blendWeight;
    private final WordPieceTokenizer tokenizer;
    private final CheckworthinessFeatures features = new CheckworthinessFeatures();

    /**
     * @param ngrams the n-gram model; its threshold is the decision threshold of the blend
     * @param pieces the word-piece model and its blend weight
     */
    public CheckworthinessModel(LinearModel ngrams, WordPieceScores pieces) {
        if (ngrams.weights().length != features.dimensions()) {
            throw new IllegalArgumentException("model has " + ngrams.weights().length + " weights, features need "
                    + features.dimensions());
        }
        this.ngrams = ngrams;
        this.pieceScores = pieces.scores();
        this.pieceBias = pieces.bias();
        this.blendWeight = pieces.blendWeight();
        this.tokenizer = pieces.tokenizer();
    }

    /** The model bundled with this library, loaded once. */
    public static CheckworthinessModel bundled() {
        CheckworthinessModel local = bundled;
        if (local == null) {
            synchronized (CheckworthinessModel.class) {
                local = bundled;
                if (local == null) {
                    local = new CheckworthinessModel(load(RESOURCE, LinearModel::read), load(PIECES_RESOURCE,
                            WordPieceScores::read));
                    bundled = local;
                }
            }
        }
        return local;
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream raw = CheckworthinessModel.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("model resource missing: " + resource);
            }
            return reader.read(new BufferedInputStream(new GZIPInputStream(raw)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public double probability(SentenceCues cues) {
        double weight = blendWeight();
        double z = (1 - weight) * ngramLogit(cues) + weight * pieceLogit(cues);
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** Log-odds of the n-gram half alone. */
    public double ngramLogit(SentenceCues cues) {
        return ngrams.logit(features.extract(cues));
    }

    /** Log-odds of the word-piece half alone. */
    public double pieceLogit(SentenceCues cues) {
        return WordPieceScores.logit(pieceScores, pieceBias, tokenizer.ids(cues.text()));
    }

    /** The word-piece half's share of the blended log-odds. */
    public double blendWeight() {
        return blendWeight;
    }

    public double probability(String sentence) {
        return probability(SentenceCues.of(sentence));
    }

    /** The decision threshold chosen on the development set. */
    public double threshold() {
        return ngrams.threshold();
    }

    public String version() {
        return ngrams.version();
    }
}
