package io.policylens.recommendations.rest;

import io.policylens.documents.contract.ExtractText;
import io.policylens.documents.contract.InputFormat;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text to extract recommendations from, without storing anything. */
@Schema(description = "Text to extract recommendations from", example =
                "{\"text\":\"Washington and Seoul should coordinate export controls on semiconductors.\","
                + "\"format\":\"text\"}")
public record ExtractRequest(
        @NotBlank
                @Schema(required = true, maxLength = ExtractText.MAX_CHARS, description =
                                "Plain text, HTML or Markdown: at most 200,000 characters, 100,000 tags or Markdown "
                                + "markers and lines, and 5,000 sentences after normalisation (more: 413)", example =
                                "Washington and Seoul should coordinate export controls on semiconductors.")
                String text,
        @InputFormat.Accepted
                @Schema(description = "Format of text (default text)" + InputFormat.ACCEPTED, example = "text",
                        enumeration = {"text", "html", "markdown"})
                String format) {}
