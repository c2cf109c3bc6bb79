package io.policylens.claims.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Text to try the extractor on. Unknown fields are rejected. */
@Schema(description = "Text to extract claims from; nothing is stored")
public record ExtractRequest(
        @NotBlank @Size(max = ExtractRequest.MAX_CHARS)
        @Schema(description = "Plain text, HTML or Markdown (at most 200,000 characters)",
                example = "South Korea accounts for 60 percent of the global DRAM market, according to the Korea "
                        + "Semiconductor Industry Association. Exports could fall next year.")
        String text,
        @Schema(description = "Format of text (default text)", enumeration = {"text", "html", "markdown"}, example = "text")
        InputFormat format) {

    /** Extraction is synchronous CPU work on a request thread: bound it (the HTTP body limit backs this up). */
    public static final int MAX_CHARS = 200_000;
}
