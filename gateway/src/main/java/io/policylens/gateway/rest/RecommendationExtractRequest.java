package io.policylens.gateway.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.policylens.documents.contract.ExtractText;
import io.policylens.documents.contract.InputFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Text to try the recommendation extractor on: recommendations-service's ExtractRequest, validated
 * at the edge.
 */
@RegisterForReflection
@Schema(description = "Text to extract recommendations from; nothing is stored")
public record RecommendationExtractRequest(
        @NotBlank
                @Size(max = ExtractText.MAX_CHARS)
                @Schema(description = "Plain text, HTML or Markdown (at most 200,000 characters)", example =
                                "Washington and Seoul should coordinate export controls on semiconductors.")
                String text,
        @InputFormat.Accepted
                @Schema(description = "Format of text (default text)" + InputFormat.ACCEPTED, example = "text",
                        enumeration = {"text", "html", "markdown"})
                String format) {}
