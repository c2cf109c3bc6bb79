package io.policylens.claims.rest;

import io.policylens.documents.contract.ExtractText;
import io.policylens.documents.contract.InputFormat;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Text to try the extractor on. Unknown fields are rejected. */
@Schema(description = "Text to extract claims from; nothing is stored")
public record ExtractRequest(
        @NotBlank
                @Schema(description = "Plain text, HTML or Markdown: at most 200,000 characters, 100,000 tags or "
                        + "Markdown markers and lines, and 5,000 sentences after normalisation (more: 413)",
                        maxLength = ExtractText.MAX_CHARS,
                        example = "South Korea accounts for 60 percent of the global DRAM market, according to the "
                                + "Korea Semiconductor Industry Association. Exports could fall next year.")
                String text,
        @InputFormat.Accepted
                @Schema(description = "Format of text (default text)" + InputFormat.ACCEPTED, example = "text",
                        enumeration = {"text", "html", "markdown"})
                String format) {}
