package io.policylens.recommendations.clustering;

import java.util.List;

/**
 * Recommendations from one or more documents that propose the same course of action.
 *
 * @param id         stable id: derived from the member that founded the cluster, or kept from an earlier run
 * @param label      a short description (the action of the most central member)
 * @param keywords   the features the members share most (concepts, forums, topics, words)
 * @param members    member keys, in key order
 * @param documents  number of distinct documents behind the cluster
 * @param publishers number of distinct publishers behind it
 * @param supporting members that recommend the action
 * @param opposing   members that advise against it ("should not"): disagreement when both are non-zero
 */
public record RecommendationCluster(String id, String label, List<String> keywords, List<String> members, int documents,
                                    int publishers, int supporting, int opposing) {

    public RecommendationCluster {
        keywords = List.copyOf(keywords);
        members = List.copyOf(members);
    }
}
