package io.policylens.claims.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A stored claim with its document and review state. */
@RegisterForReflection
@Schema(description = "A check-worthy factual claim found in a document")
public record ClaimView(
        @Schema(description = "Deterministic id of (document, start, end)",
                        example = "5d1c2a3e-7a51-3d6f-9c1e-2b8f0a7c4d21")
                UUID id,
        @Schema(example = "0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11") UUID documentId,
        @Schema(description = "Offset of the sentence in the document text", example = "32")
                int start,
        @Schema(example = "153") int end,
        @Schema(example = "South Korea accounts for 60 percent of the global DRAM market.")
                String text, @Schema(enumeration = {
                            "statistic", "ranking", "comparison", "event", "attribution", "causal", "forecast", "other"
                        }, example = "statistic")
                String type,
        @Schema(description = "Check-worthiness in [0, 1]", example = "0.97") double score,
        @Schema(example = "false") boolean hedged,
        @Schema(description = "Hedging cue words", example = "[]") List<String> hedges,
        List<QuantityView> quantities,
        @Schema(description = "Canonical entity ids", example = "[\"south-korea\"]")
                List<String> entities,
        @Schema(description = "Topic ids of the sentence", example = "[\"semiconductors\"]")
                List<String> topics,
        SourceView citedSource,
        @Schema(description = "Heading the sentence is under", example = "Background")
                String section,
        @Schema(example = "2") int sentenceIndex,
        DocumentRef document,
        ReviewView review,
        @Schema(example = "claims-1.0+cw-lr-1") String extractorVersion,
        OffsetDateTime updatedAt) {}
