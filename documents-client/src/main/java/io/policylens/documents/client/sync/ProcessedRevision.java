package io.policylens.documents.client.sync;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The newest revision of a document an extraction service has processed, whatever it found in it. */
@RegisterForReflection
@Schema(description = "The newest document revision this service has processed (items found or not)",
        example = "{\"documentId\":\"0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11\",\"revision\":2,"
                + "\"processedAt\":\"2026-11-24T09:00:00Z\"}")
public record ProcessedRevision(
        @Schema(example = "0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11") UUID documentId,
        @Schema(description = "The document revision processed; the items the service holds for the document "
                + "reflect it", example = "2") int revision,
        @Schema(description = "When it was processed", example = "2026-11-24T09:00:00Z") OffsetDateTime processedAt) {
}
