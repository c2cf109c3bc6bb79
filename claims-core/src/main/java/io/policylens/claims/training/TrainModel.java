package io.policylens.claims.training;

import io.policylens.claims.evaluation.BinaryScores;
import io.policylens.claims.evaluation.ThresholdSweep;
import io.policylens.claims.features.CheckworthinessFeatures;
import io.policylens.claims.model.LinearModel;
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
 * Trains the check-worthiness model reproducibly: averaged logistic regression on ClaimBuster
 * ({@code claimbuster/train.jsonl}) optionally plus CheckThat! 2024 dev; hyper-parameters and the decision
 * threshold chosen on dev only, by 5-fold cross-validation whenever dev sentences are also trained on (the
 * dev-test file is never read here). The model is written gzipped into the resources.
 *
 * <pre>java -cp claims-core/target/classes:documents-core/target/classes io.policylens.claims.training.TrainModel
 *      ../shared/eval [claims-core/src/main/resources/io/policylens/claims/model/checkworthiness.bin.gz]</pre>
 */
public final class TrainModel {

    /** Bump when features, data or training change: it is part of the extractor version. */
    public static final String MODEL_VERSION = "cw-lr-3";

    private static final long SEED = 20240601L;
    private static final double[] L2_GRID = {1e-3, 3e-3, 1e-2, 3e-2};
    private static final int[] EPOCH_GRID = {2, 3, 6};
    private static final double[] POSITIVE_WEIGHT_GRID = {1.0, 1.5, 2.0};
    /** Configurations and thresholds are compared by mean dev F1 over threshold ± this, not a single spike. */
    private static final double SMOOTHING = 0.05;
    /** How many times each CT24 dev sentence is repeated in training: it is closer to the target annotation. */
    private static final int[] DEV_REPEAT_GRID = {0, 1};
    private static final int FOLDS = 5;
    private static final double LEARNING_RATE = 0.1;

    private TrainModel() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        Path output = Path.of(args.length > 1 ? args[1]
                : "claims-core/src/main/resources/io/policylens/claims/model/checkworthiness.bin.gz");
        CheckworthinessFeatures features = new CheckworthinessFeatures();
        List<LogisticRegressionTrainer.Example> train = featurise(
                ClaimBusterReader.read(shared.resolve("claimbuster/train.jsonl")), features);
        List<LogisticRegressionTrainer.Example> dev = featurise(
                CheckThatReader.read(shared.resolve("checkthat2024/CT24_checkworthy_english_dev.tsv")), features);

        double[] bestConfig = null;
        ThresholdSweep.Choice bestChoice = null;
        for (double l2 : L2_GRID) {
            for (int epochs : EPOCH_GRID) {
                for (double positiveWeight : POSITIVE_WEIGHT_GRID) {
                    for (int devRepeat : DEV_REPEAT_GRID) {
                        double[] config = {l2, epochs, positiveWeight, devRepeat};
                        ThresholdSweep.Choice choice = ThresholdSweep.bestSmoothed(outOfFold(config, train, dev), labels(dev),
                                SMOOTHING);
                        System.err.println(describe(config, choice.threshold()) + String.format(Locale.ROOT,
                                " smoothedF1=%.4f dev ", choice.criterion()) + choice.scores().toJson());
                        if (bestChoice == null || choice.criterion() > bestChoice.criterion()) {
                            bestChoice = choice;
                            bestConfig = config;
                        }
                    }
                }
            }
        }
        LinearModel best = trainer(bestConfig).train(withDev(train, dev, (int) bestConfig[3], -1), MODEL_VERSION)
                .withThreshold((float) bestChoice.threshold());
        BinaryScores bestScores = bestChoice.scores();
        String bestDescription = describe(bestConfig, bestChoice.threshold());
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(output)))) {
            best.write(out);
        }
        System.out.println("{\"model\":\"" + output + "\",\"version\":\"" + MODEL_VERSION + "\",\"config\":\""
                + bestDescription + "\",\"devCrossValidated\":" + bestScores.toJson() + "}");
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
     * Dev probabilities that never come from a model trained on the same sentence: with dev repeats,
     * each fold is scored by a model trained on ClaimBuster plus the other folds.
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
                    p[i] = model.probability(dev.get(i).features());
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

    private static double[] probabilities(LinearModel model, List<LogisticRegressionTrainer.Example> examples) {
        double[] p = new double[examples.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.probability(examples.get(i).features());
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
