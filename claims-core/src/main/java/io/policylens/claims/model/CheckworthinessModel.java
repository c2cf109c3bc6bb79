package io.policylens.claims.model;

import io.policylens.claims.features.CheckworthinessFeatures;
import io.policylens.claims.text.SentenceCues;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * Sentence-level check-worthiness: the probability that a sentence is a check-worthy factual claim,
 * from the linear model trained by {@code TrainModel} and shipped as a class-path resource.
 */
public final class CheckworthinessModel {

    /** Class-path location of the model; listed in META-INF/native-image resource-config.json for native builds. */
    public static final String RESOURCE = "/io/policylens/claims/model/checkworthiness.bin.gz";

    private static volatile CheckworthinessModel bundled;

    private final LinearModel model;
    private final CheckworthinessFeatures features = new CheckworthinessFeatures();

    public CheckworthinessModel(LinearModel model) {
        if (model.weights().length != features.dimensions()) {
            throw new IllegalArgumentException("model has " + model.weights().length + " weights, features need "
                    + features.dimensions());
        }
        this.model = model;
    }

    /** The model bundled with this library, loaded once. */
    public static CheckworthinessModel bundled() {
        CheckworthinessModel local = bundled;
        if (local == null) {
            synchronized (CheckworthinessModel.class) {
                local = bundled;
                if (local == null) {
                    local = new CheckworthinessModel(load());
                    bundled = local;
                }
            }
        }
        return local;
    }

    private static LinearModel load() {
        try (InputStream raw = CheckworthinessModel.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("model resource missing: " + RESOURCE);
            }
            return LinearModel.read(new BufferedInputStream(new GZIPInputStream(raw)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public double probability(SentenceCues cues) {
        return model.probability(features.extract(cues));
    }

    public double probability(String sentence) {
        return probability(SentenceCues.of(sentence));
    }

    /** The decision threshold chosen on the development set. */
    public double threshold() {
        return model.threshold();
    }

    public String version() {
        return model.version();
    }
}
