package io.policylens.recommendations.clustering;

import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A member's weighted features by name, sorted by name; what the clusterer remembers per member between runs. */
record NamedFeatures(String[] names, double[] weights) {

    /**
     * @param canonical maps a name to the one instance kept for it: members share most feature names, and the
     *                  clusterer remembers every member's features, so a shared instance per name keeps that memory
     *                  proportional to the vocabulary rather than to members times features
     */
    static NamedFeatures of(Map<String, Double> features, UnaryOperator<String> canonical) {
        String[] names = features.keySet().toArray(String[]::new);
        Arrays.sort(names);
        double[] weights = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            weights[i] = features.get(names[i]);
            names[i] = canonical.apply(names[i]);
        }
        return new NamedFeatures(names, weights);
    }
}
