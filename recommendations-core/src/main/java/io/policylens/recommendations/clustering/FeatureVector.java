package io.policylens.recommendations.clustering;

/**
 * A sparse vector over interned feature ids: ids ascending, weights positive, norm precomputed.
 * Ids of one run are assigned in feature-name order ({@link FeatureDictionary}), so ascending ids are
 * also name order and sums over a vector run in the same order whatever else is being clustered.
 */
record FeatureVector(int[] ids, double[] weights, double norm) {

    static FeatureVector of(int[] ids, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        return new FeatureVector(ids, weights, Math.sqrt(sum));
    }

    int size() {
        return ids.length;
    }
}
