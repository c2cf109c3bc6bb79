package io.policylens.training;

import io.policylens.claims.model.LinearModel;

import java.util.List;
import java.util.Random;

/**
 * Logistic regression by AdaGrad stochastic gradient descent with L2 regularisation, over binary
 * sparse features. A fixed seed makes training reproducible run to run. With averaging, the model is the
 * mean of the weights at the end of each epoch (Polyak-style averaging), which is less sensitive to the
 * order of the last examples seen and generalises a little better than the final iterate.
 */
public final class LogisticRegressionTrainer {

    /** A training example: sorted feature indices and the label. */
    public record Example(int[] features, boolean positive) {
    }

    private final int dimensions;
    private final int epochs;
    private final double learningRate;
    private final double l2;
    private final double positiveWeight;
    private final long seed;
    private final boolean averaged;

    public LogisticRegressionTrainer(int dimensions, int epochs, double learningRate, double l2, double positiveWeight,
                                     long seed) {
        this(dimensions, epochs, learningRate, l2, positiveWeight, seed, false);
    }

    public LogisticRegressionTrainer(int dimensions, int epochs, double learningRate, double l2, double positiveWeight,
                                     long seed, boolean averaged) {
        this.averaged = averaged;
        this.dimensions = dimensions;
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.l2 = l2;
        this.positiveWeight = positiveWeight;
        this.seed = seed;
    }

    public LinearModel train(List<Example> examples, String version) {
        double[] w = new double[dimensions];
        double[] g2 = new double[dimensions];
        double bias = 0;
        double biasG2 = 0;
        double[] sum = averaged ? new double[dimensions] : null;
        double biasSum = 0;
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int index : order) {
                Example example = examples.get(index);
                double z = bias;
                for (int f : example.features()) {
                    z += w[f];
                }
                double p = 1.0 / (1.0 + Math.exp(-z));
                double y = example.positive() ? 1.0 : 0.0;
                double weight = example.positive() ? positiveWeight : 1.0;
                double gradient = (p - y) * weight;
                for (int f : example.features()) {
                    double g = gradient + l2 * w[f];
                    g2[f] += g * g;
                    w[f] -= learningRate * g / Math.sqrt(g2[f] + 1e-8);
                }
                biasG2 += gradient * gradient;
                bias -= learningRate * gradient / Math.sqrt(biasG2 + 1e-8);
            }
            if (averaged) {
                for (int i = 0; i < dimensions; i++) {
                    sum[i] += w[i];
                }
                biasSum += bias;
            }
        }
        if (averaged && epochs > 0) {
            for (int i = 0; i < dimensions; i++) {
                w[i] = sum[i] / epochs;
            }
            bias = biasSum / epochs;
        }
        float[] weights = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            weights[i] = (float) w[i];
        }
        return new LinearModel(version, weights, (float) bias, 0.5f);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
