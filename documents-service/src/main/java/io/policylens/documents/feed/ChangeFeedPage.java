package io.policylens.documents.feed;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A batch of the change feed.
 *
 * @param events     events with seq greater than the requested cursor, in order
 * @param nextCursor the cursor to ask with next time (the last event's seq, or the request's cursor)
 * @param hasMore    whether more events were already available
 * @param head       the newest seq in the feed, so consumers can show their lag
 */
@RegisterForReflection
@Schema(description = "A batch of the ordered change feed")
public record ChangeFeedPage(List<ChangeEvent> events, long nextCursor, boolean hasMore, long head) {
}
