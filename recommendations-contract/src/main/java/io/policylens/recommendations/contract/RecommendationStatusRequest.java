package io.policylens.recommendations.contract;

import io.policylens.common.http.NoNul;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A tracking step: the new status, why, and optionally when it happened (recommendations-service's POST
 * /recommendations/{id}/status, the gateway's, which validates it at the edge and forwards it as is).
 */
@RegisterForReflection
@Schema(description = "Move a recommendation to a new tracking status", example =
                "{\"status\":\"under_consideration\",\"note\":\"Raised at the June working group\","
                + "\"date\":\"2025-06-04\"}")
public record RecommendationStatusRequest(
        @NotNull
                @Pattern(regexp = RecommendationListQuery.STATUS_PATTERN,
                        message = RecommendationListQuery.STATUS_MESSAGE)
                @Schema(required = true, example = "under_consideration", enumeration = {
                            "proposed", "under_consideration", "adopted", "implemented", "rejected"
                        })
                String status, @Size(max = 2000)
                @Schema(description = "Why (at most 2000 characters)", example = "Raised at the June working group")
                @NoNul String note, @PastOrPresent
                @Schema(description = "When it happened (default: today)", example = "2025-06-04")
                LocalDate date) {}
