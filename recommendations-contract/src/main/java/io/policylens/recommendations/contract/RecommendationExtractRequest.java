package io.policylens.recommendations.contract;

import io.policylens.documents.contract.ExtractText;
import io.policylens.documents.contract.InputFormat;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Text to try the recommendation extractor on (recommendations-service's POST /recommendations/extract, the gateway's
 * POST /api/v1/recommendations/extract, which validates it at the edge and forwards it as is). Unknown fields are
 * rejected.
 */
@RegisterForReflection
@Schema(description = "Text to extract recommendations from; nothing is stored", example =
                "{\"text\":\"Washington and Seoul should coordinate export controls on semiconductors.\","
                + "\"format\":\"text\"}")
public record RecommendationExtractRequest(
        @NotBlank
                // only the gateway checks the length as a constraint; recommendations-service's limit is configurable
                @Size(max = ExtractText.MAX_CHARS, groups = ExtractText.AtTheEdge.class)
                @Schema(required = true, maxLength = ExtractText.MAX_CHARS, description =
                                "Plain text, HTML or Markdown: at most 200,000 characters, 100,000 tags or Markdown "
                                + "markers and lines, and 5,000 sentences after normalisation (more: 413)", example =
                                "Washington and Seoul should coordinate export controls on semiconductors.")
                String text,
        @InputFormat.Accepted
                @Schema(description = "Format of text (default text)" + InputFormat.ACCEPTED, example = "text",
                        enumeration = {"text", "html", "markdown"})
                String format) {}
