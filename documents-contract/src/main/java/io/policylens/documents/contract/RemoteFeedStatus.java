package io.policylens.documents.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * Where an extraction service's consumer of documents-service's change topic stands, as its clients read it
 * (GET /claims/admin/feed and /recommendations/admin/feed, and their POST .../admin/reextract): its consumer group on
 * the change topic, cursor = sum of committed offsets, head = sum of end offsets, lag = head - cursor. Both services
 * answer with documents-client's FeedStatus, so one record reads both.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteFeedStatus(String consumer, long cursor, long head, long lag, long applied, Instant lastPoll,
                               String lastError) {
}
