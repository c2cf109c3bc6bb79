package io.policylens.claims.model;

import io.policylens.claims.text.SentenceCues;
import io.policylens.claims.transformer.TransformerClassifier;

/**
 * Check-worthiness in two stages: the fast plain-Java model ({@link CheckworthinessModel}, tens of thousands of
 * sentences per second) decides the sentences it is sure of; a fine-tuned transformer ({@link
 * TransformerClassifier}, plain Java too, but ~1,000 times slower) decides the band around the fast model's
 * threshold where its errors are. Both speak in log-odds about their own decision threshold ("margins"), so a
 * margin of 0 is the decision boundary whichever stage answered. The band is chosen on CT24 dev against a
 * throughput budget (docs/claims-quality.md).
 */
public final class CheckworthinessCascade {

    /** Class-path locations; listed in the native-image resource config. */
    public static final String TRANSFORMER_RESOURCE = "/io/policylens/claims/model/checkworthiness-transformer.pltx.gz";
    /** The model card: the band, how the transformer was trained (command, data hashes) and its dev scores. */
    public static final String CARD_RESOURCE = "/io/policylens/claims/model/checkworthiness-cascade.properties";

    private static volatile CheckworthinessCascade bundled;

    private final CheckworthinessModel fast;
    private final TransformerClassifier transformer;
    private final double band;

    /**
     * @param transformer the second stage, or null for the fast model alone
     * @param band        the fast model's margins in (-band, band) go to the transformer
     */
    public CheckworthinessCascade(CheckworthinessModel fast, TransformerClassifier transformer, double band) {
        this.fast = fast;
        this.transformer = transformer;
        this.band = transformer == null ? 0 : band;
    }

    /** The bundled fast model and transformer with the band chosen at training time. */
    public static CheckworthinessCascade bundled() {
        CheckworthinessCascade local = bundled;
        if (local == null) {
            synchronized (CheckworthinessCascade.class) {
                local = bundled;
                if (local == null) {
                    local = new CheckworthinessCascade(CheckworthinessModel.bundled(),
                            TransformerClassifier.fromResource(TRANSFORMER_RESOURCE), card().band());
                    bundled = local;
                }
            }
        }
        return local;
    }

    /** The bundled model card. */
    public static ModelCard card() {
        return ModelCard.fromResource(CARD_RESOURCE);
    }

    /** The fast model alone: a cascade with no second stage. */
    public static CheckworthinessCascade fastOnly() {
        return new CheckworthinessCascade(CheckworthinessModel.bundled(), null, 0);
    }

    /** Log-odds about the fast model's threshold. */
    public double fastMargin(SentenceCues cues) {
        return logit(fast.probability(cues)) - logit(fast.threshold());
    }

    /** Whether the transformer decides a sentence with this fast margin. */
    public boolean uncertain(double fastMargin) {
        return Math.abs(fastMargin) < band;
    }

    /** Log-odds about the transformer's threshold. */
    public double transformerMargin(String sentence) {
        if (transformer == null) {
            throw new IllegalStateException("no transformer in this cascade");
        }
        return transformer.logit(sentence) - logit(transformer.threshold());
    }

    /** The cascade's margin: the fast model's, or the transformer's inside the band. */
    public double margin(SentenceCues cues) {
        double z = fastMargin(cues);
        return uncertain(z) ? transformerMargin(cues.text()) : z;
    }

    /** Check-worthiness as a probability whose decision threshold is 0.5. */
    public double probability(SentenceCues cues) {
        return 1.0 / (1.0 + Math.exp(-margin(cues)));
    }

    public boolean hasTransformer() {
        return transformer != null;
    }

    public double band() {
        return band;
    }

    public String version() {
        return transformer == null ? fast.version() : fast.version() + "+" + transformer.version() + "@" + band;
    }

    static double logit(double p) {
        double q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
        return Math.log(q / (1 - q));
    }
}
