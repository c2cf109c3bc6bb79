package io.policylens.training;

import io.policylens.training.evaluation.ThresholdSweep;
import io.policylens.claims.features.CheckworthinessFeatures;
import io.policylens.claims.model.LinearModel;
import io.policylens.claims.model.WordPieceScores;
import io.policylens.claims.text.SentenceCues;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the check-worthiness model reproducibly, in two halves blended in log-odds: an averaged logistic
 * regression over hashed n-grams on the official CheckThat! 2024 train split, and word-piece scores from a logistic
 * regression on distilled token vectors ({@code DistillTokenVectors}, run before this). Every hyper-parameter, the
 * blend weight and the decision threshold are chosen on dev only, by 5-fold cross-validation whenever dev sentences are
 * also trained on (the dev-test file is never read here). Both models are written gzipped into the resources.
 *
 * <pre>java -cp claims-core/target/classes:documents-core/target/classes io.policylens.training.TrainModel
 *      ../shared/eval claims-core/src/main/resources/io/policylens/claims/model \
 *      claims-core/target/distill/all-minilm-l6-v2.vectors claims-core/target/distill/bge-small-en-v1.5.vectors</pre>
 */
public final class TrainModel {

    /** Bump when features, data or training change: it is part of the extractor version. */
    public static final String MODEL_VERSION = "cw-blend-2";

    private static final long SEED = 20240601L;
    private static final double[] L2_GRID = {1e-3, 3e-3, 1e-2, 3e-2};
    private static final int[] EPOCH_GRID = {2, 3, 6};
    private static final double[] POSITIVE_WEIGHT_GRID = {1.0, 1.5, 2.0};
    /** Configurations and thresholds are compared by mean dev F1 over threshold ± this, not a single spike. */
    private static final double SMOOTHING = 0.05;
    /** How many times each CT24 dev sentence is repeated in training: it is closer to the target annotation. */
    private static final int[] DEV_REPEAT_GRID = {0};
    private static final int FOLDS = 5;
    private static final double LEARNING_RATE = 0.1;
    private static final double[] PIECE_L2_GRID = {1e-4, 1e-3, 1e-2, 3e-2};
    private static final double PIECE_POSITIVE_WEIGHT = 1.5;
    /** Share of the word-piece logit in the blend; 0 keeps the n-gram model alone in the running. */
    private static final double[] BLEND_WEIGHT_GRID = {0, 0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7};

    private TrainModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: TrainModel <shared/eval> <model resource folder> <token vectors file>...");
            System.exit(2);
        }
        Path shared = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        List<TokenVectors> parts = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            parts.add(TokenVectors.read(Path.of(args[i])));
        }
        TokenVectors vectors = TokenVectors.concatenate(parts);
        // the official CT24 train split (ClaimBuster's crowdsourced set is part of it)
        List<LabelledSentence> trainSentences = CheckThatReader.read(
                shared.resolve("checkthat2024/CT24_checkworthy_english_train.tsv"));
        List<LabelledSentence> devSentences = CheckThatReader.read(
                shared.resolve("checkthat2024/CT24_checkworthy_english_dev.tsv"));
        CheckworthinessFeatures features = new CheckworthinessFeatures();
        List<LogisticRegressionTrainer.Example> train = featurise(trainSentences, features);
        List<LogisticRegressionTrainer.Example> dev = featurise(devSentences, features);
        boolean[] devLabels = labels(dev);

        double[] bestConfig = null;
        ThresholdSweep.Choice bestChoice = null;
        double[] bestDevLogits = null;
        for (double l2 : L2_GRID) {
            for (int epochs : EPOCH_GRID) {
                for (double positiveWeight : POSITIVE_WEIGHT_GRID) {
                    for (int devRepeat : DEV_REPEAT_GRID) {
                        double[] config = {l2, epochs, positiveWeight, devRepeat};
                        double[] logits = outOfFold(config, train, dev);
                        ThresholdSweep.Choice choice = ThresholdSweep.bestSmoothed(sigmoid(logits), devLabels,
                                SMOOTHING);
                        System.err.println(describe(config, choice.threshold()) + String.format(Locale.ROOT,
                                " smoothedF1=%.4f dev ", choice.criterion()) + choice.scores().toJson());
                        if (bestChoice == null || choice.criterion() > bestChoice.criterion()) {
                            bestChoice = choice;
                            bestConfig = config;
                            bestDevLogits = logits;
                        }
                    }
                }
            }
        }
        LinearModel ngrams = trainer(bestConfig).train(withDev(train, dev, (int) bestConfig[3], -1), MODEL_VERSION);
        String ngramDescription = describe(bestConfig, bestChoice.threshold());
        System.err.println("n-gram model alone: " + ngramDescription + " dev " + bestChoice.scores().toJson());

        // the word-piece model is trained on CT24 train only, as the n-gram model
        WordPieceScoresTrainer pieceTrainer = new WordPieceScoresTrainer(vectors, SEED);
        WordPieceScores bestPieces = null;
        ThresholdSweep.Choice bestBlend = null;
        String bestBlendDescription = null;
        for (double l2 : PIECE_L2_GRID) {
            WordPieceScores pieces = pieceTrainer.train(trainSentences, l2, PIECE_POSITIVE_WEIGHT, MODEL_VERSION);
            double[] pieceLogits = pieceTrainer.logits(pieces, devSentences);
            for (double weight : BLEND_WEIGHT_GRID) {
                double[] blend = new double[pieceLogits.length];
                for (int i = 0; i < blend.length; i++) {
                    blend[i] = (1 - weight) * bestDevLogits[i] + weight * pieceLogits[i];
                }
                ThresholdSweep.Choice choice = ThresholdSweep.bestSmoothed(sigmoid(blend), devLabels, SMOOTHING);
                String description = String.format(Locale.ROOT, "pieceL2=%g blendWeight=%.2f threshold=%.2f", l2,
                        weight, choice.threshold());
                System.err.println(description + String.format(Locale.ROOT, " smoothedF1=%.4f dev ", choice.criterion())
                        + choice.scores().toJson());
                if (bestBlend == null || choice.criterion() > bestBlend.criterion()) {
                    bestBlend = choice;
                    bestPieces = pieces.withBlendWeight((float) weight);
                    bestBlendDescription = description;
                }
            }
        }
        ngrams = ngrams.withThreshold((float) bestBlend.threshold());
        Files.createDirectories(folder);
        Path ngramFile = folder.resolve("checkworthiness.bin.gz");
        Path piecesFile = folder.resolve("checkworthiness-pieces.bin.gz");
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(ngramFile)))) {
            ngrams.write(out);
        }
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(piecesFile)))) {
            bestPieces.write(out);
        }
        System.out.println("{\"models\":[\"" + ngramFile + "\",\"" + piecesFile + "\"],\"version\":\"" + MODEL_VERSION
                + "\",\"vectors\":\"" + vectors.model() + "\",\"ngrams\":\"" + ngramDescription
                + "\",\"ngramsDev\":" + bestChoice.scores().toJson()
                + String.format(Locale.ROOT, ",\"ngramsDevSmoothedF1\":%.4f",
                bestChoice.criterion()) + ",\"blend\":\"" + bestBlendDescription + "\",\"devCrossValidated\":"
                + bestBlend.scores().toJson() + String.format(Locale.ROOT, ",\"devSmoothedF1\":%.4f}",
                bestBlend.criterion()));
    }

    private static LogisticRegressionTrainer trainer(double[] config) {
        return new LogisticRegressionTrainer(new CheckworthinessFeatures().dimensions(), (int) config[1], LEARNING_RATE,
                config[0], config[2], SEED, true);
    }

    private static String describe(double[] config, double threshold) {
        return String.format(Locale.ROOT, "l2=%g epochs=%d posWeight=%.1f devRepeat=%d threshold=%.2f",
                config[0], (int) config[1], config[2], (int) config[3], threshold);
    }

    /**
     * Dev logits that never come from a model trained on the same sentence: with dev repeats,
     * each fold is scored by a model trained on CT24 train plus the other folds.
     */
    private static double[] outOfFold(double[] config, List<LogisticRegressionTrainer.Example> train,
                                      List<LogisticRegressionTrainer.Example> dev) {
        double[] p = new double[dev.size()];
        int devRepeat = (int) config[3];
        int folds = devRepeat == 0 ? 1 : FOLDS;
        for (int fold = 0; fold < folds; fold++) {
            LinearModel model = trainer(config).train(withDev(train, dev, devRepeat, devRepeat == 0 ? -1 : fold),
                    MODEL_VERSION);
            for (int i = 0; i < dev.size(); i++) {
                if (devRepeat == 0 || i % FOLDS == fold) {
                    p[i] = model.logit(dev.get(i).features());
                }
            }
        }
        return p;
    }

    private static List<LogisticRegressionTrainer.Example> withDev(List<LogisticRegressionTrainer.Example> train,
                                                                   List<LogisticRegressionTrainer.Example> dev,
                                                                   int repeat, int heldOutFold) {
        List<LogisticRegressionTrainer.Example> all = new ArrayList<>(train);
        for (int r = 0; r < repeat; r++) {
            for (int i = 0; i < dev.size(); i++) {
                if (i % FOLDS != heldOutFold) {
                    all.add(dev.get(i));
                }
            }
        }
        return all;
    }

    static List<LogisticRegressionTrainer.Example> featurise(List<LabelledSentence> sentences,
                                                             CheckworthinessFeatures features) {
        List<LogisticRegressionTrainer.Example> examples = new ArrayList<>(sentences.size());
        for (LabelledSentence sentence : sentences) {
            examples.add(new LogisticRegressionTrainer.Example(features.extract(SentenceCues.of(sentence.text())),
                    sentence.checkworthy()));
        }
        return examples;
    }

    private static double[] sigmoid(double[] logits) {
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = 1.0 / (1.0 + Math.exp(-logits[i]));
        }
        return p;
    }

    private static boolean[] labels(List<LogisticRegressionTrainer.Example> examples) {
        boolean[] y = new boolean[examples.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = examples.get(i).positive();
        }
        return y;
    }
}
