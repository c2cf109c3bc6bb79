package io.policylens.claims.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure stated in a claim. */
@RegisterForReflection
@Schema(description = "A figure stated in a claim", example =
                "{\"value\":60.0,\"scale\":\"percent\",\"unit\":null,\"measured\":\"global DRAM market\","
                + "\"period\":\"2023\",\"approximate\":false,\"start\":57,\"end\":67,\"surface\":\"60 percent\"}")
public record QuantityView(
        @Schema(description = "Value as written, before the scale", example = "60") double value,
        @Schema(description = "percent, thousand, million, billion, trillion or null", example = "percent")
                String scale,
        @Schema(description = "Currency code or counted noun", example = "troops") String unit,
        @Schema(description = "What the figure measures", example = "global DRAM market")
                String measured,
        @Schema(description = "Year or period", example = "2023") String period,
        @Schema(description = "around, nearly, more than...", example = "false")
                boolean approximate, @Schema(description = "Offset of the figure in the document text", example = "57")
                int start,
        @Schema(example = "67") int end,
        @Schema(example = "60 percent") String surface) {}
