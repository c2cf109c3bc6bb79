package io.policylens.training;

import java.util.List;
import java.util.Random;

/**
 * Logistic regression over dense feature vectors (standardised inside, so one learning rate suits every
 * dimension): AdaGrad SGD with L2, positive-class weight, and the mean of the weights over the second half of
 * the epochs. Returns weights for the raw, unstandardised inputs, so a caller can fold them into anything
 * linear in the inputs. Fixed seed: reproducible.
 */
public record DenseLogisticRegressionTrainer(int epochs, double l2, double positiveWeight, long seed) {

    /** Weights on the raw inputs and the intercept. */
    public record Weights(double[] weights, double bias) {

        public double logit(float[] x) {
            double z = bias;
            for (int k = 0; k < weights.length; k++) {
                z += weights[k] * x[k];
            }
            return z;
        }
    }

    private static final double LEARNING_RATE = 0.05;

    public Weights train(List<float[]> inputs, boolean[] labels) {
        int d = inputs.get(0).length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        standardisation(inputs, mean, scale);
        double[] w = new double[d + 1];
        double[] g2 = new double[d + 1];
        double[] sum = new double[d + 1];
        double[] x = new double[d];
        int[] order = new int[inputs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        int averaged = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int index : order) {
                float[] raw = inputs.get(index);
                double z = w[d];
                for (int k = 0; k < d; k++) {
                    x[k] = (raw[k] - mean[k]) / scale[k];
                    z += w[k] * x[k];
                }
                double p = 1.0 / (1.0 + Math.exp(-z));
                double gradient = (p - (labels[index] ? 1 : 0)) * (labels[index] ? positiveWeight : 1.0);
                for (int k = 0; k < d; k++) {
                    double g = gradient * x[k] + l2 * w[k];
                    g2[k] += g * g;
                    w[k] -= LEARNING_RATE * g / Math.sqrt(g2[k] + 1e-8);
                }
                g2[d] += gradient * gradient;
                w[d] -= LEARNING_RATE * gradient / Math.sqrt(g2[d] + 1e-8);
            }
            if (epoch >= epochs / 2) {
                for (int k = 0; k <= d; k++) {
                    sum[k] += w[k];
                }
                averaged++;
            }
        }
        // undo the standardisation: w·(x - m)/s + b = (w/s)·x + (b - Σ w m / s)
        double[] weights = new double[d];
        double bias = sum[d] / averaged;
        for (int k = 0; k < d; k++) {
            double wk = sum[k] / averaged;
            weights[k] = wk / scale[k];
            bias -= wk * mean[k] / scale[k];
        }
        return new Weights(weights, bias);
    }

    private static void standardisation(List<float[]> inputs, double[] mean, double[] scale) {
        int d = mean.length;
        for (float[] x : inputs) {
            for (int k = 0; k < d; k++) {
                mean[k] += x[k];
            }
        }
        for (int k = 0; k < d; k++) {
            mean[k] /= inputs.size();
        }
        for (float[] x : inputs) {
            for (int k = 0; k < d; k++) {
                scale[k] += (x[k] - mean[k]) * (x[k] - mean[k]);
            }
        }
        for (int k = 0; k < d; k++) {
            scale[k] = Math.sqrt(scale[k] / inputs.size()) + 1e-9;
        }
    }
}
