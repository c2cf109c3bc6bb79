package io.policylens.documents.client.feed;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;

/**
 * Where a consumer stands in the change feed.
 *
 * @param consumer  cursor name
 * @param cursor    last change applied
 * @param head      newest change documents-service reported at the last poll
 * @param lag       head minus cursor: changes not yet applied
 * @param applied   changes applied since this instance started
 * @param lastPoll  when the feed was last read
 * @param lastError the last failure (documents-service unreachable, ...), or null after a clean poll
 */
@RegisterForReflection
public record FeedStatus(String consumer, long cursor, long head, long lag, long applied, Instant lastPoll, String lastError) {
}
