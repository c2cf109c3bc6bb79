package io.policylens.recommendations.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored recommendation as recommendations-service serves it in listings, cluster members and the answer of
 * POST /recommendations/{id}/status: source span (offsets into the document's normalised text), structure,
 * document, cluster and tracking status. GET /recommendations/{id} adds the evidence:
 * {@link RemoteRecommendationDetail}. Unknown fields are ignored (a tolerant reader).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteRecommendation(UUID id, UUID documentId, String documentTitle, String publisher,
                                   LocalDate publishedDate, String visibility, String ownerOrg, int start, int end,
                                   String text, String actor, String strength, String action, List<String> topics,
                                   List<String> forums, List<String> entities, String section, int sentenceIndex,
                                   boolean negated, String clusterId, String status, OffsetDateTime statusChangedAt,
                                   String extractorVersion, int documentRevision) {

    /** This recommendation with its evidence, as GET /recommendations/{id} serves it. */
    public RemoteRecommendationDetail withEvidence(List<RemoteEvidence> evidence) {
        return new RemoteRecommendationDetail(id, documentId, documentTitle, publisher, publishedDate, visibility,
                ownerOrg, start, end, text, actor, strength, action, topics, forums, entities, section, sentenceIndex,
                negated, clusterId, status, statusChangedAt, extractorVersion, documentRevision, evidence);
    }

    /** This recommendation moved to another tracking status. */
    public RemoteRecommendation withStatus(String newStatus, OffsetDateTime at) {
        return new RemoteRecommendation(id, documentId, documentTitle, publisher, publishedDate, visibility, ownerOrg,
                start, end, text, actor, strength, action, topics, forums, entities, section, sentenceIndex, negated,
                clusterId, newStatus, at, extractorVersion, documentRevision);
    }
}
