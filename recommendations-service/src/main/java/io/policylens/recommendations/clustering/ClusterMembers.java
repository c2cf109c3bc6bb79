package io.policylens.recommendations.clustering;

import io.policylens.documents.client.sync.DocumentFields;
import io.policylens.recommendations.extraction.ExtractedRecommendation;
import io.policylens.recommendations.repository.RecommendationEntity;

import java.util.List;
import java.util.UUID;

/**
 * A recommendation as the clusterer sees it, built the same way from a stored row and from a fresh extraction,
 * so the consumer can tell by equality whether a document's clustering input changed.
 */
public final class ClusterMembers {

    private ClusterMembers() {
    }

    public static ClusterMember of(RecommendationEntity r) {
        return new ClusterMember(
                r.id.toString(),
                r.documentId.toString(),
                r.documentPublisher,
                r.text,
                r.actor,
                r.action,
                r.topics,
                r.forums,
                r.negated);
    }

    /** @param publisher as stored: normalised by {@link DocumentFields#of} */
    public static ClusterMember of(UUID id, UUID documentId, String publisher, ExtractedRecommendation r) {
        return new ClusterMember(
                id.toString(),
                documentId.toString(),
                publisher,
                r.text(),
                r.actor(),
                r.action(),
                r.topics(),
                r.forums(),
                r.negated());
    }

    /** A row of {@code RecommendationRepository.clusterRows()}, without its cluster id. */
    static ClusterMember of(Object[] row) {
        return new ClusterMember(
                row[0].toString(),
                row[1].toString(),
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                strings(row[6]),
                strings(row[7]),
                (Boolean) row[8]);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        return value == null ? List.of() : List.copyOf((List<String>) value);
    }
}
