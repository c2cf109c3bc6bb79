package io.policylens.documents.client.stream;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A change this service gave up on after its retries, as its dead-letter topic holds it. */
@RegisterForReflection
@Schema(description = "A document change that failed every attempt and was set aside on the service's "
                + "dead-letter topic",
        example = "{\"id\":\"4-17\",\"documentId\":\"0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11\",\"revision\":3,"
                + "\"kind\":\"updated\",\"seq\":1204,\"error\":\"HTTP 500 Internal Server Error\","
                + "\"errorClass\":\"jakarta.ws.rs.InternalServerErrorException\","
                + "\"deadLetteredAt\":\"2026-11-24T09:00:00Z\",\"replayed\":false}")
public record DeadLetter(
        @Schema(description = "Partition and offset on the dead-letter topic: what the replay endpoint takes",
                example = "4-17") String id,
        @Schema(description = "The document the change is about; null when the record was not a readable change",
                example = "0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11") UUID documentId,
        @Schema(example = "3") Integer revision,
        @Schema(description = "created, updated or deleted", example = "updated") String kind,
        @Schema(description = "The change's position in documents-service's change log", example = "1204") Long seq,
        @Schema(description = "Why the last attempt failed", example = "HTTP 500 Internal Server Error") String error,
        @Schema(example = "jakarta.ws.rs.InternalServerErrorException") String errorClass,
        @Schema(example = "2026-11-24T09:00:00Z") Instant deadLetteredAt,
        @Schema(description = "Whether a replay of all dead letters has applied it (a single replay marks it only when "
                + "it is the oldest pending one of its partition)", example = "false") boolean replayed) {
}
