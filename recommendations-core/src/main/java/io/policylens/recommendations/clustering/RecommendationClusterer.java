package io.policylens.recommendations.clustering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Groups similar recommendations across documents. Members are visited in key order and join the most
 * similar cluster (cosine similarity to its centroid) when it is similar enough, else they found a new one.
 * Because the order and the features depend only on the members, the same input gives the same clusters,
 * and a document unrelated to a cluster cannot change it. Ids come from the founding member's key, or
 * are carried over from an earlier run when one is given, so they survive re-clustering.
 */
public final class RecommendationClusterer {

    /** Feature vectors are a pure function of the member; computing them is regex work, cheaper to remember. */
    private static final int FEATURE_CACHE_LIMIT = 200_000;

    private final double threshold;
    /**
     * A service re-clusters every recommendation each time a document changes (see Reclustering), so without this
     * the regex features of N members are recomputed per document: O(documents x members) regex work, which
     * dominated the recommendations consumer at a few thousand recommendations. Vectors are never mutated.
     */
    private final Map<ClusterMember, Map<String, Double>> featureCache = new ConcurrentHashMap<>();

    public RecommendationClusterer() {
        this(0.32);
    }

    public RecommendationClusterer(double threshold) {
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
        List<Group> groups = new ArrayList<>();
        for (ClusterMember member : ordered) {
            Map<String, Double> features = features(member);
            Group best = null;
            double bestScore = threshold;
            for (Group group : groups) {
                double score = cosine(features, group.centroid);
                // Strictly better only: on a tie the older cluster wins, which keeps the result order-independent.
                if (best == null ? score >= bestScore : score > bestScore) {
                    best = group;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new Group();
                groups.add(best);
            }
            best.add(member, features);
        }
        return toClusters(groups, previousClusterOf);
    }

    private Map<String, Double> features(ClusterMember member) {
        if (featureCache.size() >= FEATURE_CACHE_LIMIT) {
            featureCache.clear(); // crude bound: a corpus this large re-fills it within one run
        }
        return featureCache.computeIfAbsent(member, m -> Collections.unmodifiableMap(ActionVocabulary.features(m)));
    }

    private List<RecommendationCluster> toClusters(List<Group> groups, Map<String, String> previousClusterOf) {
        List<RecommendationCluster> clusters = new ArrayList<>(groups.size());
        Set<String> usedIds = new HashSet<>();
        for (Group group : groups) {
            String id = inheritedId(group, previousClusterOf, usedIds);
            if (id == null) {
                id = "rc-" + hash(group.members.get(0).key());
            }
            usedIds.add(id);
            clusters.add(group.toCluster(id));
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

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** A cluster being built: its members and the running mean of their feature vectors. */
    private static final class Group {
        final List<ClusterMember> members = new ArrayList<>();
        final List<Map<String, Double>> vectors = new ArrayList<>();
        final Map<String, Double> centroid = new HashMap<>();

        void add(ClusterMember member, Map<String, Double> features) {
            int n = members.size();
            members.add(member);
            vectors.add(features);
            centroid.replaceAll((k, v) -> v * n / (n + 1));
            features.forEach((k, v) -> centroid.merge(k, v / (n + 1), Double::sum));
        }

        RecommendationCluster toCluster(String id) {
            int central = 0;
            double bestScore = -1;
            for (int i = 0; i < vectors.size(); i++) {
                double score = cosine(vectors.get(i), centroid);
                if (score > bestScore + 1e-12) {
                    bestScore = score;
                    central = i;
                }
            }
            ClusterMember centre = members.get(central);
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
                    publishers.add(member.publisher().strip().toLowerCase(java.util.Locale.ROOT));
                }
                if (member.negated()) {
                    opposing++;
                }
                keys.add(member.key());
            }
            return new RecommendationCluster(id, label, keywords(), keys, documents.size(), publishers.size(),
                    members.size() - opposing, opposing);
        }

        /** The heaviest centroid features, without their kind prefix. */
        private List<String> keywords() {
            return centroid.entrySet().stream()
                    .filter(e -> !e.getKey().startsWith("actor:"))
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(5)
                    .map(e -> e.getKey().substring(e.getKey().indexOf(':') + 1))
                    .filter(Objects::nonNull)
                    .toList();
        }
    }
}
