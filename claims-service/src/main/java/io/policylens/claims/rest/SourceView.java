package io.policylens.claims.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The source a claim credits. */
@RegisterForReflection
@Schema(description = "The source the claim credits", example =
                "{\"name\":\"Stockholm International Peace Research Institute\",\"cue\":\"according to\"}")
public record SourceView(
        @Schema(example = "Stockholm International Peace Research Institute") String name,
        @Schema(description = "How it is credited: according to, report, or the reporting verb",
                        example = "according to")
                String cue) {}
