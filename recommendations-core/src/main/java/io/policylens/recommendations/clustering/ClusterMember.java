package io.policylens.recommendations.clustering;

import io.policylens.recommendations.extraction.ExtractedRecommendation;

import java.util.List;

/**
 * One recommendation as the clusterer sees it.
 *
 * @param key        stable identity of the recommendation (for example its database id, or document id and span)
 * @param documentId the document it comes from
 * @param publisher  the document's publisher, or null
 * @param text       the recommendation sentence
 * @param actor      canonical addressee or null
 * @param action     the proposed action
 * @param topics     topic ids
 * @param forums     forums or instruments named
 * @param negated    advice against the action
 */
public record ClusterMember(String key, String documentId, String publisher, String text, String actor, String action,
                            List<String> topics, List<String> forums, boolean negated) {

    public ClusterMember {
        topics = List.copyOf(topics);
        forums = List.copyOf(forums);
    }

    public static ClusterMember of(String documentId, String publisher, ExtractedRecommendation recommendation) {
        return new ClusterMember(documentId + ":" + recommendation.start() + "-" + recommendation.end(), documentId,
                publisher, recommendation.text(), recommendation.actor(), recommendation.action(),
                recommendation.topics(), recommendation.forums(), recommendation.negated());
    }
}
