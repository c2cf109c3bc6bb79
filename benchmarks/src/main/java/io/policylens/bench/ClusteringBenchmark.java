package io.policylens.bench;

import io.policylens.recommendations.clustering.ClusterMember;
import io.policylens.recommendations.clustering.RecommendationCluster;
import io.policylens.recommendations.clustering.RecommendationClusterer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU cost of one full re-clustering (what recommendations-service runs), on one thread, for synthetic corpora of
 * the given sizes ({@link SyntheticMembers}). Per size: the first run on a fresh clusterer ("cold": includes the
 * regex feature work), then {@code --rounds} runs with the previous assignment passed in, as the service does
 * ("warm": features remembered). CPU time is the measuring thread's (ThreadMXBean). The fingerprint hashes every
 * cluster (id, label, keywords, members, counts), so two builds that print the same fingerprint cluster alike.
 *
 * <p>Usage: {@code ClusteringBenchmark [--members 10000,20000] [--rounds 5] [--seed 42] [--detail-words 3000]}. Prints
 * one JSON line per size.
 */
public final class ClusteringBenchmark {

    private ClusteringBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = {10_000, 20_000};
        int rounds = 5;
        long seed = 42;
        int detailWords = 3_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--members" -> sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--detail-words" -> detailWords = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        // JIT warm-up on a small corpus, so the first size is not measured half-interpreted
        new RecommendationClusterer().cluster(SyntheticMembers.generate(2_000, seed + 1, detailWords));
        for (int size : sizes) {
            System.out.println(measure(SyntheticMembers.generate(size, seed, detailWords), detailWords, rounds));
        }
    }

    private static String measure(List<ClusterMember> members, int detailWords, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RecommendationClusterer clusterer = new RecommendationClusterer();
        long start = threads.getCurrentThreadCpuTime();
        List<RecommendationCluster> first = clusterer.cluster(members);
        double coldMs = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        List<Double> warm = new ArrayList<>();
        List<RecommendationCluster> last = first;
        boolean stable = true;
        for (int round = 0; round < rounds; round++) {
            Map<String, String> previous = assignment(last);
            start = threads.getCurrentThreadCpuTime();
            List<RecommendationCluster> again = clusterer.cluster(members, previous);
            warm.add((threads.getCurrentThreadCpuTime() - start) / 1e6);
            stable &= again.equals(first);
            last = again;
        }
        warm.sort(Double::compare);
        int singletons = (int) first.stream().filter(c -> c.members().size() == 1).count();
        int largest = first.stream().mapToInt(c -> c.members().size()).max().orElse(0);
        return String.format(Locale.ROOT, "{\"benchmark\":\"recommendations-clustering\",\"members\":%d,"
                        + "\"detail_words\":%d,\"clusters\":%d,"
                        + "\"singletons\":%d,\"largest\":%d,\"cold_cpu_ms\":%.1f,\"warm_cpu_ms_median\":%.1f,"
                        + "\"warm_cpu_ms_min\":%.1f,\"rounds\":%d,\"stable\":%s,\"fingerprint\":\"%s\","
                        + "\"java\":\"%s\"}",
                members.size(), detailWords, first.size(), singletons, largest, coldMs,
                warm.isEmpty() ? 0 : warm.get(warm.size() / 2),
                warm.isEmpty() ? 0 : warm.get(0), rounds, stable, fingerprint(first),
                System.getProperty("java.version"));
    }

    private static Map<String, String> assignment(List<RecommendationCluster> clusters) {
        Map<String, String> previous = new HashMap<>();
        clusters.forEach(c -> c.members().forEach(m -> previous.put(m, c.id())));
        return previous;
    }

    private static String fingerprint(List<RecommendationCluster> clusters) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RecommendationCluster cluster : clusters) {
                digest.update(cluster.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
