package io.policylens.gateway.rest;

import io.policylens.claims.contract.ClaimListQuery;
import io.policylens.common.http.NoNul;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An analyst's verdict on a claim: claims-service's ReviewRequest, validated at the edge and
 * forwarded as is.
 */
@RegisterForReflection
@Schema(description = "A review verdict",
        example = "{\"status\":\"disputed\",\"note\":\"Other sources give 45 percent.\"}")
public record ClaimReviewRequest(
        @NotNull
                @Pattern(regexp = ClaimListQuery.STATUS_PATTERN, message = ClaimListQuery.STATUS_MESSAGE)
                @Schema(enumeration = {"verified", "disputed", "false", "unreviewed"}, example = "disputed")
                String status, @Size(max = 2000)
                @Schema(description = "Why (at most 2000 characters)", example = "Other sources give 45 percent.")
                @NoNul String note) {}
