package io.policylens.recommendations.repository;

import java.util.UUID;

/**
 * Optional listing filters; null means "any".
 *
 * @param documentId recommendations of one document
 * @param actor      addressee, matched as a case-insensitive part of the canonical actor ("South Korea"
 *                   matches "United States and South Korea")
 * @param topic      topic id
 * @param strength   must | should | recommend | could | imperative
 * @param status     tracking status
 * @param clusterId  cluster id
 * @param forum      forum or instrument, case-insensitive exact name
 * @param query      full-text query over text, actor and action
 */
public record RecommendationFilter(UUID documentId, String actor, String topic, String strength, String status,
                                   String clusterId, String forum, String query) {

    public static RecommendationFilter none() {
        return new RecommendationFilter(null, null, null, null, null, null, null, null);
    }

    public static RecommendationFilter ofCluster(String clusterId) {
        return new RecommendationFilter(null, null, null, null, null, clusterId, null, null);
    }
}
