package io.policylens.gateway.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.policylens.documents.contract.ExtractText;
import io.policylens.documents.contract.InputFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Text to try the claim extractor on: claims-service's ExtractRequest, validated at the edge and
 * forwarded as is.
 */
@RegisterForReflection
@Schema(description = "Text to extract claims from; nothing is stored")
public record ClaimExtractRequest(
        @NotBlank
                @Size(max = ExtractText.MAX_CHARS)
                @Schema(description = "Plain text, HTML or Markdown (at most 200,000 characters)", example =
                                "South Korea accounts for 60 percent of the global DRAM market, according to the Korea "
                                + "Semiconductor Industry Association. Exports could fall next year.")
                String text,
        @InputFormat.Accepted
                @Schema(description = "Format of text (default text)" + InputFormat.ACCEPTED, example = "text",
                        enumeration = {"text", "html", "markdown"})
                String format) {}
