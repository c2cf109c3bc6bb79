package io.policylens.documents.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/**
 * The newest revision of a document an extraction service has processed, items found or not
 * (GET /claims/documents/{documentId}/processing and /recommendations/documents/{documentId}/processing, both
 * documents-client's DocumentProcessingResource): the gateway's document status tells "empty" from "pending" by it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteProcessedRevision(UUID documentId, int revision, Instant processedAt) {
}
