package io.policylens.documents.feed;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of the change feed. */
@RegisterForReflection
@Schema(description = "A change to a document, in commit order",
        example = "{\"seq\":42,\"documentId\":\"0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11\",\"revision\":1,"
                + "\"kind\":\"created\",\"ownerOrg\":\"partner-a\",\"visibility\":\"partner\","
                + "\"occurredAt\":\"2026-11-24T08:00:00Z\"}")
public record ChangeEvent(long seq, UUID documentId, int revision, ChangeKind kind, String ownerOrg, String visibility,
                          OffsetDateTime occurredAt) {
}
