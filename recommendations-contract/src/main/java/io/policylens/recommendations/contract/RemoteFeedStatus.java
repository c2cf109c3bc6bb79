package io.policylens.recommendations.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * Where recommendations-service's change-feed consumer stands (GET /recommendations/admin/feed, POST
 * /recommendations/admin/reextract): cursor = last documents-service change applied, head = newest seen, lag = head - cursor.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteFeedStatus(String consumer, long cursor, long head, long lag, long applied, Instant lastPoll,
                               String lastError) {
}
