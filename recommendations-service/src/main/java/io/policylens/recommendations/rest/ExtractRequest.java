package io.policylens.recommendations.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text to extract recommendations from, without storing anything. */
@Schema(description = "Text to extract recommendations from", example =
                "{\"text\":\"Washington and Seoul should coordinate export controls on semiconductors.\","
                + "\"format\":\"text\"}")
public record ExtractRequest(
        @NotBlank
                @Schema(required = true, maxLength = 200_000, description =
                                "Plain text, HTML or Markdown: at most 200,000 characters, 100,000 tags or Markdown "
                                + "markers and lines, and 5,000 sentences after normalisation (more: 413)", example =
                                "Washington and Seoul should coordinate export controls on semiconductors.")
                String text,
        @Pattern(regexp = "text|html|markdown", message = "must be text, html or markdown")
                @Schema(description = "Default text", example = "text", enumeration = {"text", "html", "markdown"})
                String format) {}
