package io.policylens.recommendations.clustering;

import java.util.Arrays;
import java.util.Map;

/** A member's weighted features by name, sorted by name; what the clusterer remembers per member between runs. */
record NamedFeatures(String[] names, double[] weights) {

    static NamedFeatures of(Map<String, Double> features) {
        String[] names = features.keySet().toArray(String[]::new);
        Arrays.sort(names);
        double[] weights = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            weights[i] = features.get(names[i]);
        }
        return new NamedFeatures(names, weights);
    }
}
