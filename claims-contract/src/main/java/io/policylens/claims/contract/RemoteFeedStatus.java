package io.policylens.claims.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * Where claims-service's change consumer stands (GET /claims/admin/feed, POST /claims/admin/reextract): its consumer
 * group on the change topic, cursor = sum of committed offsets, head = sum of end offsets, lag = head - cursor.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteFeedStatus(String consumer, long cursor, long head, long lag, long applied, Instant lastPoll,
                               String lastError) {
}
