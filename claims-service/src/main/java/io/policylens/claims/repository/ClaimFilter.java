package io.policylens.claims.repository;

import java.util.UUID;

/**
 * Filters for listing claims; null means "any".
 *
 * @param documentId   claims of one document
 * @param type         claim type label
 * @param topic        topic id of the claim's sentence
 * @param entity       canonical entity id named in the claim
 * @param minScore     lowest check-worthiness score
 * @param reviewStatus review status label (claims never reviewed count as unreviewed)
 * @param query        words (PostgreSQL full-text, English) or a literal substring
 */
public record ClaimFilter(UUID documentId, String type, String topic, String entity, Double minScore,
                          String reviewStatus, String query) {

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, null, null, null);
    }
}
