package io.policylens.gateway.aggregation;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An exact span of a document's normalised text, quoted from documents-service's current text. */
@RegisterForReflection
@Schema(description = "The exact source span: [start, end) of the document's normalised text and the text found there")
public record SourceSpan(
        @Schema(example = "58") int start,
        @Schema(example = "162") int end,
        @Schema(description = "The document text at [start, end); null when the span lies outside"
                                    + " the current text", example =
                                "South Korea produced 18 percent of the world's semiconductors in 2023, according to "
                                + "the Ministry of Trade.")
                String quote, @Schema(description = "false when the current text no longer holds the stored text there "
                        + "(the document changed since extraction)", example = "true")
                boolean matchesStoredText) {

    static SourceSpan of(String documentText, int start, int end, String storedText) {
        if (start < 0 || end < start || end > documentText.length()) {
            return new SourceSpan(start, end, null, false);
        }
        String quote = documentText.substring(start, end);
        return new SourceSpan(start, end, quote, storedText != null && storedText.equals(quote));
    }
}
