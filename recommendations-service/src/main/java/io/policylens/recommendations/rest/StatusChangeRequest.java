package io.policylens.recommendations.rest;

import io.policylens.common.http.NoNul;
import io.policylens.recommendations.contract.RecommendationListQuery;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A tracking step: the new status, why, and optionally when it happened. */
@Schema(description = "Move a recommendation to a new tracking status", example =
                "{\"status\":\"under_consideration\",\"note\":\"Raised at the June working group\","
                + "\"date\":\"2025-06-04\"}")
public record StatusChangeRequest(
        @NotNull
                @Pattern(regexp = RecommendationListQuery.STATUS_PATTERN,
                        message = RecommendationListQuery.STATUS_MESSAGE)
                @Schema(required = true, example = "under_consideration", enumeration = {
                            "proposed", "under_consideration", "adopted", "implemented", "rejected"
                        })
                String status,
        @Size(max = 2000) @NoNul @Schema(example = "Raised at the June working group") String note,
        @PastOrPresent
                @Schema(description = "When it happened (default: today)", example = "2025-06-04")
                LocalDate date) {}
