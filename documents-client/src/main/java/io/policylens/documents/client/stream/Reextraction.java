package io.policylens.documents.client.stream;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The newest re-extraction of the Kafka source: its generation, whether replicas are still reading the topic for it,
 * and how many changes its group has still to read (meaningful while running; afterwards new changes go to the
 * regular group only).
 */
@RegisterForReflection
@Schema(description = "Re-extraction progress (Kafka source)",
        example = "{\"generation\":3,\"running\":true,\"lag\":412}")
public record Reextraction(@Schema(example = "3") long generation, @Schema(example = "true") boolean running,
                           @Schema(description = "Changes of the topic the re-extraction has still to read",
                                   example = "412") long lag) {
}
