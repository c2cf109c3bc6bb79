package io.policylens.recommendations.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One tracking step (GET /recommendations/{id}/history answers a JSON array of these, oldest first). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteHistoryEntry(String fromStatus, String status, String note, String actor, LocalDate date,
                                 OffsetDateTime at) {
}
