package io.policylens.claims.contract;

import io.policylens.documents.contract.ExtractText;
import io.policylens.documents.contract.InputFormat;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Text to try the claim extractor on (claims-service's POST /claims/extract, the gateway's POST
 * /api/v1/claims/extract, which validates it at the edge and forwards it as is). Unknown fields are rejected.
 */
@RegisterForReflection
@Schema(description = "Text to extract claims from; nothing is stored")
public record ClaimExtractRequest(
        @NotBlank
                // only the gateway checks the length as a constraint; claims-service's limit is configurable (413)
                @Size(max = ExtractText.MAX_CHARS, groups = ExtractText.AtTheEdge.class)
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
