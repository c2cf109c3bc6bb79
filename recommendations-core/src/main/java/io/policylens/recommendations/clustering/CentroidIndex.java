package io.policylens.recommendations.clustering;

import java.util.Arrays;

/**
 * The clusters being built, as summed member vectors behind an inverted index: for each feature, the
 * groups that have it and their sum for it. A member is scored only against the groups it shares a
 * feature with (every other group has cosine 0, below any positive threshold), and the score loop reads
 * two flat arrays per feature. Sums instead of means: cosine does not change with scale, and a sum needs
 * no rescaling of the whole centroid when a member joins. Norms are kept up to date on every join.
 */
final class CentroidIndex {

    private final int[][] postingGroups;
    private final double[][] postingSums;
    private final int[] postingSize;
    private IntIntMap[] positions = new IntIntMap[16]; // per group: feature id -> index in that feature's posting
    private double[] normSquared = new double[16];
    private double[] norm = new double[16];
    private int groups;

    // scratch of mostSimilar: dot product per group and the groups touched by the current member
    private double[] dot = new double[16];
    private int[] touched = new int[16];
    private boolean[] seen = new boolean[16];

    CentroidIndex(int features) {
        postingGroups = new int[features][];
        postingSums = new double[features][];
        postingSize = new int[features];
    }

    /** A new, empty group; returns its number (groups are numbered in founding order). */
    int found() {
        if (groups == positions.length) {
            int capacity = groups * 2;
            positions = Arrays.copyOf(positions, capacity);
            normSquared = Arrays.copyOf(normSquared, capacity);
            norm = Arrays.copyOf(norm, capacity);
            dot = Arrays.copyOf(dot, capacity);
            touched = Arrays.copyOf(touched, capacity);
            seen = Arrays.copyOf(seen, capacity);
        }
        positions[groups] = new IntIntMap();
        return groups++;
    }

    void add(int group, FeatureVector member) {
        IntIntMap position = positions[group];
        double squared = normSquared[group];
        for (int k = 0; k < member.size(); k++) {
            int feature = member.ids()[k];
            int index = position.get(feature, -1);
            if (index < 0) {
                index = append(feature, group);
                position.putNew(feature, index);
            }
            double before = postingSums[feature][index];
            double after = before + member.weights()[k];
            postingSums[feature][index] = after;
            squared += after * after - before * before;
        }
        normSquared[group] = squared;
        norm[group] = Math.sqrt(squared);
    }

    /**
     * The group most similar to the member (cosine to its centroid) among those at or above the threshold;
     * on a tie the older group wins, so the result does not depend on how the candidates were found.
     * -1 when none is similar enough. The threshold must be positive.
     */
    int mostSimilar(FeatureVector member, double threshold) {
        int count = 0;
        for (int k = 0; k < member.size(); k++) {
            int feature = member.ids()[k];
            double weight = member.weights()[k];
            int[] groupsOf = postingGroups[feature];
            double[] sums = postingSums[feature];
            for (int j = 0, n = postingSize[feature]; j < n; j++) {
                int group = groupsOf[j];
                if (!seen[group]) {
                    seen[group] = true;
                    touched[count++] = group;
                }
                dot[group] += weight * sums[j];
            }
        }
        int best = -1;
        double bestScore = threshold;
        for (int t = 0; t < count; t++) {
            int group = touched[t];
            double score = dot[group] / (member.norm() * norm[group]);
            dot[group] = 0;
            seen[group] = false;
            if (score > bestScore || score == bestScore && (best < 0 || group < best)) {
                best = group;
                bestScore = score;
            }
        }
        return best;
    }

    /** The group's summed vector: its centroid times its member count. */
    FeatureVector sum(int group) {
        IntIntMap position = positions[group];
        int[] ids = new int[position.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = position.key(i);
        }
        Arrays.sort(ids);
        double[] weights = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            weights[i] = postingSums[ids[i]][position.get(ids[i], -1)];
        }
        return new FeatureVector(ids, weights, norm[group]);
    }

    private int append(int feature, int group) {
        int size = postingSize[feature];
        if (postingGroups[feature] == null) {
            postingGroups[feature] = new int[4];
            postingSums[feature] = new double[4];
        } else if (size == postingGroups[feature].length) {
            postingGroups[feature] = Arrays.copyOf(postingGroups[feature], size * 2);
            postingSums[feature] = Arrays.copyOf(postingSums[feature], size * 2);
        }
        postingGroups[feature][size] = group;
        postingSize[feature] = size + 1;
        return size;
    }
}
