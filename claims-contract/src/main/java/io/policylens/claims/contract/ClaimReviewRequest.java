package io.policylens.claims.contract;

import io.policylens.common.http.NoNul;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An analyst's verdict on a claim (claims-service's PUT /claims/{id}/review, the gateway's, which validates it at the
 * edge and forwards it as is). Unknown fields are rejected. The status stays a string checked by a pattern, so a bad
 * value is the validation problem naming the field.
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
