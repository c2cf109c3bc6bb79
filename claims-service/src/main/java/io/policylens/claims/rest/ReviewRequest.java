package io.policylens.claims.rest;

import io.policylens.claims.service.ReviewStatus;
import io.policylens.common.http.NoNul;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An analyst's verdict on a claim. Unknown fields are rejected. */
@Schema(description = "A review verdict",
        example = "{\"status\":\"disputed\",\"note\":\"Other sources give 45 percent.\"}")
public record ReviewRequest(
        @NotNull
                @Schema(enumeration = {"verified", "disputed", "false", "unreviewed"}, example = "disputed")
                ReviewStatus status, @Size(max = 2000)
                @Schema(description = "Why (at most 2000 characters)", example = "Other sources give 45 percent.")
                @NoNul String note) {}
