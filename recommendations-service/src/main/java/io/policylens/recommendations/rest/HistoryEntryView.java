package io.policylens.recommendations.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One tracking step. */
@RegisterForReflection
@Schema(description = "A status change of a recommendation")
public record HistoryEntryView(
        @Schema(example = "proposed") String fromStatus,
        @Schema(example = "under_consideration") String status,
        @Schema(example = "Raised at the June working group") String note,
        @Schema(description = "Who recorded it (token name); null for people of another organisation than yours",
                example = "jane.analyst") String actor,
        @Schema(description = "When it happened", example = "2025-06-04") LocalDate date,
        @Schema(description = "When it was recorded") OffsetDateTime at) {
}
