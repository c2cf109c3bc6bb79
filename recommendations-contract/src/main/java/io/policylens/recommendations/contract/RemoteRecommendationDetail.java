package io.policylens.recommendations.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * GET /recommendations/{id}: a {@link RemoteRecommendation} plus its evidence, the claims of the same document
 * that support it, best first. A separate record because listings leave the evidence out entirely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteRecommendationDetail(UUID id, UUID documentId, String documentTitle, String publisher,
                                         LocalDate publishedDate, String visibility, String ownerOrg, int start,
                                         int end, String text, String actor, String strength, String action,
                                         List<String> topics, List<String> forums, List<String> entities,
                                         String section, int sentenceIndex, boolean negated, String clusterId,
                                         String status, OffsetDateTime statusChangedAt, String extractorVersion,
                                         int documentRevision, List<RemoteEvidence> evidence) {
}
