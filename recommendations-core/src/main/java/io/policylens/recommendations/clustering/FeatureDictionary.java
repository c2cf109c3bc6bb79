package io.policylens.recommendations.clustering;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feature names of one clustering run interned to int ids. Ids follow name order, not first appearance:
 * a member's vector then lists its features in the same order whichever other members are in the run,
 * so floating-point sums (and with them every similarity) do not depend on unrelated members.
 */
final class FeatureDictionary {

    private final String[] names;
    private final Map<String, Integer> ids;

    FeatureDictionary(List<NamedFeatures> all) {
        Map<String, Integer> distinct = new HashMap<>();
        for (NamedFeatures features : all) {
            for (String name : features.names()) {
                distinct.putIfAbsent(name, 0);
            }
        }
        names = distinct.keySet().toArray(String[]::new);
        Arrays.sort(names);
        for (int i = 0; i < names.length; i++) {
            distinct.put(names[i], i);
        }
        ids = distinct;
    }

    int size() {
        return names.length;
    }

    String name(int id) {
        return names[id];
    }

    /** The vector of a member's features; their names are sorted, so the ids come out ascending. */
    FeatureVector vector(NamedFeatures features) {
        int[] vectorIds = new int[features.names().length];
        for (int i = 0; i < vectorIds.length; i++) {
            vectorIds[i] = ids.get(features.names()[i]);
        }
        return FeatureVector.of(vectorIds, features.weights());
    }
}
