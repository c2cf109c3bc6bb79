package io.policylens.documents.client.stream;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Where the service's consumer group stands on the change topic.
 *
 * @param consumer     the consumer group
 * @param cursor       sum of the group's committed offsets
 * @param head         sum of the partitions' end offsets
 * @param lag          head minus cursor: changes not yet applied, by every replica of the service together
 * @param applied      changes applied by this instance since it started
 * @param lastPoll     when this instance last applied (or dead-lettered) a change
 * @param lastError    the last failure, or null after a clean change
 * @param partitions   lag of every partition
 * @param fastPathLag  changes the fast path (deletions, visibility) has not looked at yet; null when not readable
 * @param reextraction the newest re-extraction, null when none was requested
 */
@RegisterForReflection
@Schema(description = "Progress of the change consumer",
        example = "{\"consumer\":\"policylens-claims\",\"cursor\":1180,\"head\":1204,\"lag\":24,"
                + "\"applied\":310,\"lastPoll\":\"2026-11-24T09:00:00Z\",\"lastError\":null,"
                + "\"partitions\":[{\"partition\":0,\"committed\":1180,\"end\":1204,\"lag\":24}],\"fastPathLag\":0,"
                + "\"reextraction\":{\"generation\":3,\"running\":true,\"lag\":412}}")
public record FeedStatus(String consumer, long cursor, long head, long lag, long applied, Instant lastPoll,
                         String lastError, List<PartitionLag> partitions, Long fastPathLag, Reextraction reextraction) {
}
