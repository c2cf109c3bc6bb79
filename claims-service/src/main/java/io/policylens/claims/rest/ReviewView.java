package io.policylens.claims.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A review of a claim: its current state, or one entry of the history. */
@RegisterForReflection
@Schema(description = "A review verdict",
        example = "{\"status\":\"disputed\",\"note\":\"Other sources give 45 percent.\",\"reviewer\":\"analyst-1\","
                + "\"reviewedAt\":\"2026-11-24T09:00:00Z\"}")
public record ReviewView(
        @Schema(enumeration = {"verified", "disputed", "false", "unreviewed"}, example = "disputed") String status,
        @Schema(example = "Other sources give 45 percent.") String note,
        @Schema(description = "Who reviewed (from the token); null when never reviewed, and for reviewers of another "
                + "organisation than yours", example = "analyst-1") String reviewer,
        OffsetDateTime reviewedAt) {
}
