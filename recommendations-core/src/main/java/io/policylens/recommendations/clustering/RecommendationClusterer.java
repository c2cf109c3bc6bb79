package io.policylens.recommendations.clustering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Groups similar recommendations across documents. Members are visited in key order and join the most
 * similar cluster (cosine similarity to its centroid) when it is similar enough, else they found a new one.
 * Because the order and the features depend only on the members, the same input gives the same clusters,
 * and a document unrelated to a cluster cannot change it. Ids come from the founding member's key, or
 * are carried over from an earlier run when one is given, so they survive re-clustering.
 *
 * <p>One run is about linear in the members: feature names are interned to int ids, vectors are sorted
 * sparse arrays with precomputed norms, and a member is only compared with the clusters that share a
 * feature with it ({@link CentroidIndex}).
 */
public final class RecommendationClusterer {

    /** Feature vectors are a pure function of the member; computing them is regex work, cheaper to remember. */
    private static final int FEATURE_CACHE_LIMIT = 200_000;

    private final double threshold;
    /**
     * A service re-clusters every recommendation after each burst of changes, so without this the regex
     * features of all members would be recomputed on every run. Entries are never mutated.
     */
    private final Map<FeatureInput, NamedFeatures> featureCache = new ConcurrentHashMap<>();
    /** One instance per feature, topic, forum and actor name across the cache (cleared with it). */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    public RecommendationClusterer() {
        this(0.32);
    }

    public RecommendationClusterer(double threshold) {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold must be positive: clusters sharing no feature never match");
        }
        this.threshold = threshold;
    }

    public List<RecommendationCluster> cluster(List<ClusterMember> members) {
        return cluster(members, Map.of());
    }

    /**
     * @param previousClusterOf cluster id of each member key in an earlier run; a new cluster takes the id most
     *                          of its members had, so ids stay put when a related document joins
     */
    public List<RecommendationCluster> cluster(List<ClusterMember> members, Map<String, String> previousClusterOf) {
        List<ClusterMember> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing(ClusterMember::key));
        List<NamedFeatures> named = new ArrayList<>(ordered.size());
        for (ClusterMember member : ordered) {
            named.add(features(member));
        }
        FeatureDictionary dictionary = new FeatureDictionary(named);
        CentroidIndex index = new CentroidIndex(dictionary.size());
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            FeatureVector vector = dictionary.vector(named.get(i));
            int best = index.mostSimilar(vector, threshold);
            if (best < 0) {
                best = index.found();
                groups.add(new Group());
            }
            index.add(best, vector);
            groups.get(best).add(ordered.get(i), vector);
        }
        return toClusters(groups, index, dictionary, previousClusterOf);
    }

    // package-private for tests
    NamedFeatures features(ClusterMember member) {
        if (featureCache.size() >= FEATURE_CACHE_LIMIT) {
            featureCache.clear(); // crude bound: a corpus this large re-fills it within one run
            names.clear();
        }
        FeatureInput input = FeatureInput.of(member);
        NamedFeatures known = featureCache.get(input);
        if (known != null) {
            return known;
        }
        // only what the cache keeps is made of shared name instances
        UnaryOperator<String> canonical = name -> names.computeIfAbsent(name, n -> n);
        return featureCache.computeIfAbsent(input.canonical(canonical),
                kept -> NamedFeatures.of(ActionVocabulary.features(kept), canonical));
    }

    private static List<RecommendationCluster> toClusters(List<Group> groups, CentroidIndex index,
                                                          FeatureDictionary dictionary, Map<String,
                                                          String> previousClusterOf) {
        List<RecommendationCluster> clusters = new ArrayList<>(groups.size());
        Set<String> usedIds = new HashSet<>();
        double[] scratch = new double[dictionary.size()];
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            String id = inheritedId(group, previousClusterOf, usedIds);
            if (id == null) {
                id = "rc-" + hash(group.members.get(0).key());
            }
            usedIds.add(id);
            clusters.add(group.toCluster(id, index.sum(g), dictionary, scratch));
        }
        clusters.sort(Comparator.comparing(RecommendationCluster::id));
        return clusters;
    }

    private static String inheritedId(Group group, Map<String, String> previousClusterOf, Set<String> usedIds) {
        Map<String, Integer> votes = new TreeMap<>();
        for (ClusterMember member : group.members) {
            String previous = previousClusterOf.get(member.key());
            if (previous != null && !usedIds.contains(previous)) {
                votes.merge(previous, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** A cluster being built: its members and their vectors, in joining order. */
    private static final class Group {
        final List<ClusterMember> members = new ArrayList<>();
        final List<FeatureVector> vectors = new ArrayList<>();

        void add(ClusterMember member, FeatureVector vector) {
            members.add(member);
            vectors.add(vector);
        }

        /** @param scratch zeros, one per feature of the run; left as zeros */
        RecommendationCluster toCluster(String id, FeatureVector centroid, FeatureDictionary dictionary,
                double[] scratch) {
            ClusterMember centre = members.get(central(centroid, scratch));
            String label = centre.action() == null ? centre.text() : centre.action();
            if (label.length() > 120) {
                label = label.substring(0, 117).strip() + "...";
            }
            Set<String> documents = new HashSet<>();
            Set<String> publishers = new HashSet<>();
            int opposing = 0;
            List<String> keys = new ArrayList<>();
            for (ClusterMember member : members) {
                documents.add(member.documentId());
                if (member.publisher() != null && !member.publisher().isBlank()) {
                    publishers.add(member.publisher().strip().toLowerCase(Locale.ROOT));
                }
                if (member.negated()) {
                    opposing++;
                }
                keys.add(member.key());
            }
            return new RecommendationCluster(id, label, keywords(centroid, dictionary), keys, documents.size(),
                    publishers.size(), members.size() - opposing, opposing);
        }

        /**
         * The member closest to the centroid (the first on a tie); the centroid is spread into scratch for O(1)
         * lookups.
         */
        private int central(FeatureVector centroid, double[] scratch) {
            for (int k = 0; k < centroid.size(); k++) {
                scratch[centroid.ids()[k]] = centroid.weights()[k];
            }
            int central = 0;
            double bestScore = -1;
            for (int i = 0; i < vectors.size(); i++) {
                FeatureVector vector = vectors.get(i);
                double dot = 0;
                for (int k = 0; k < vector.size(); k++) {
                    dot += vector.weights()[k] * scratch[vector.ids()[k]];
                }
                double score = dot == 0 ? 0 : dot / (vector.norm() * centroid.norm());
                if (score > bestScore + 1e-12) {
                    bestScore = score;
                    central = i;
                }
            }
            for (int k = 0; k < centroid.size(); k++) {
                scratch[centroid.ids()[k]] = 0;
            }
            return central;
        }

        /** The heaviest centroid features, without their kind prefix; ids follow name order, so ties go by name. */
        private static List<String> keywords(FeatureVector centroid, FeatureDictionary dictionary) {
            Integer[] order = new Integer[centroid.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -centroid.weights()[i]).thenComparingInt(i ->
                    i));
            List<String> keywords = new ArrayList<>(5);
            for (int i = 0; i < order.length && keywords.size() < 5; i++) {
                String name = dictionary.name(centroid.ids()[order[i]]);
                if (!name.startsWith("actor:")) {
                    keywords.add(name.substring(name.indexOf(':') + 1));
                }
            }
            return keywords;
        }
    }
}
