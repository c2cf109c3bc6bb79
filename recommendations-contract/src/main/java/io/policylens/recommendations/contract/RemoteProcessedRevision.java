package io.policylens.recommendations.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/**
 * The newest revision of a document recommendations-service has processed, items found or not
 * (GET /recommendations/documents/{documentId}/processing): the gateway's document status tells "empty" from
 * "pending" by it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteProcessedRevision(UUID documentId, int revision, Instant processedAt) {
}
