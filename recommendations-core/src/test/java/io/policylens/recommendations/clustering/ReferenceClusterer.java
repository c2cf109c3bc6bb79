package io.policylens.recommendations.clustering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The clustering rule written the obvious way, as an oracle for the indexed implementation: every member is
 * compared with every group, sums live in sorted maps. The arithmetic is the same (features in name order, a
 * running squared norm), so the two must agree exactly on which members end up together.
 */
final class ReferenceClusterer {

    private ReferenceClusterer() {
    }

    /** Member keys of each group, in founding order. */
    static List<List<String>> groups(List<ClusterMember> members, double threshold) {
        List<ClusterMember> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing(ClusterMember::key));
        List<TreeMap<String, Double>> sums = new ArrayList<>();
        List<Double> squaredNorms = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        for (ClusterMember member : ordered) {
            TreeMap<String, Double> features = new TreeMap<>(ActionVocabulary.features(member));
            double squaredMemberNorm = 0;
            for (double w : features.values()) {
                squaredMemberNorm += w * w;
            }
            double memberNorm = Math.sqrt(squaredMemberNorm);
            int best = -1;
            double bestScore = threshold;
            for (int g = 0; g < sums.size(); g++) {
                double dot = 0;
                for (Map.Entry<String, Double> e : features.entrySet()) {
                    Double sum = sums.get(g).get(e.getKey());
                    if (sum != null) {
                        dot += e.getValue() * sum;
                    }
                }
                double score = dot / (memberNorm * Math.sqrt(squaredNorms.get(g)));
                if (best < 0 ? score >= bestScore : score > bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
            if (best < 0) {
                best = sums.size();
                sums.add(new TreeMap<>());
                squaredNorms.add(0.0);
                groups.add(new ArrayList<>());
            }
            double squared = squaredNorms.get(best);
            for (Map.Entry<String, Double> e : features.entrySet()) {
                double before = sums.get(best).getOrDefault(e.getKey(), 0.0);
                double after = before + e.getValue();
                sums.get(best).put(e.getKey(), after);
                squared += after * after - before * before;
            }
            squaredNorms.set(best, squared);
            groups.get(best).add(member.key());
        }
        return groups;
    }
}
