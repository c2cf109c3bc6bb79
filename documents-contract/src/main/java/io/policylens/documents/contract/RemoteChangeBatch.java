package io.policylens.documents.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A batch of the change feed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteChangeBatch(List<RemoteChange> events, long nextCursor, boolean hasMore, long head) {
}
