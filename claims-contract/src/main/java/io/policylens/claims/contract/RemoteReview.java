package io.policylens.claims.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;

/**
 * A review verdict: a claim's current review ({@code status} unreviewed, reviewer and time null when it
 * never was reviewed) or one entry of its review history.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteReview(String status, String note, String reviewer, OffsetDateTime reviewedAt) {
}
