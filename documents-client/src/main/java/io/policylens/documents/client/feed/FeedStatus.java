package io.policylens.documents.client.feed;

import io.policylens.documents.client.stream.PartitionLag;
import io.policylens.documents.client.stream.Reextraction;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Where a consumer stands in the stream of document changes, read from either source.
 *
 * @param source     {@code http} (documents-service's change feed) or {@code kafka} (the change topic)
 * @param consumer   cursor name (http) or consumer group (kafka)
 * @param cursor     http: last change applied; kafka: sum of the group's committed offsets
 * @param head       http: newest change of documents-service; kafka: sum of the partitions' end offsets
 * @param lag        head minus cursor: changes not yet applied
 * @param applied    changes applied by this instance since it started
 * @param lastPoll   when this instance last read (http) or applied (kafka) a change
 * @param lastError  the last failure, or null after a clean poll / change
 * @param partitions kafka: lag of every partition; empty for http
 * @param fastPathLag kafka: changes the fast path (deletions, visibility) has not looked at yet; null for http
 * @param reextraction kafka: the newest re-extraction, null when none was requested (or for http)
 */
@RegisterForReflection
@Schema(description = "Progress of the change consumer",
        example = "{\"source\":\"kafka\",\"consumer\":\"policylens-claims\",\"cursor\":1180,\"head\":1204,\"lag\":24,"
                + "\"applied\":310,\"lastPoll\":\"2026-11-24T09:00:00Z\",\"lastError\":null,"
                + "\"partitions\":[{\"partition\":0,\"committed\":1180,\"end\":1204,\"lag\":24}],\"fastPathLag\":0,"
                + "\"reextraction\":{\"generation\":3,\"running\":true,\"lag\":412}}")
public record FeedStatus(String source, String consumer, long cursor, long head, long lag, long applied, Instant lastPoll,
                         String lastError, List<PartitionLag> partitions, Long fastPathLag, Reextraction reextraction) {

    /** The status of the HTTP change-feed follower. */
    public static FeedStatus http(String consumer, long cursor, long head, long applied, Instant lastPoll, String lastError) {
        return new FeedStatus("http", consumer, cursor, head, head - cursor, applied, lastPoll, lastError, List.of(), null,
                null);
    }
}
