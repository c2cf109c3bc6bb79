package io.policylens.documents.client.stream;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One partition of the change topic as a consumer group stands in it.
 *
 * @param committed the group's committed offset (the next change it will apply), or the partition's start when the
 *                  group has committed nothing there yet
 * @param end       the partition's end offset (where the next published change will go)
 * @param lag       end minus committed: changes of this partition not applied yet
 */
@RegisterForReflection
@Schema(description = "Where the service's consumer group stands in one partition of the change topic",
        example = "{\"partition\":3,\"committed\":1180,\"end\":1204,\"lag\":24}")
public record PartitionLag(
        @Schema(example = "3") int partition,
        @Schema(description = "Offset of the next change the group will apply", example = "1180") long committed,
        @Schema(description = "End offset of the partition", example = "1204") long end,
        @Schema(description = "Changes not applied yet", example = "24") long lag) {
}
