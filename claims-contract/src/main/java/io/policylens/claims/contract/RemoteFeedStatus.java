package io.policylens.claims.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * Where claims-service's change-feed consumer stands (GET /claims/admin/feed, POST /claims/admin/reextract):
 * cursor = last documents-service change applied, head = newest change seen, lag = head - cursor.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteFeedStatus(String consumer, long cursor, long head, long lag, long applied, Instant lastPoll,
                               String lastError) {

    /** Whether the consumer had applied the given documents-service change (feed sequence number). */
    public boolean hasApplied(long change) {
        return cursor >= change;
    }
}
