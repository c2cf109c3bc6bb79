package io.policylens.recommendations.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A recommendation with its source span, structure, provenance and tracking status. */
@RegisterForReflection
@Schema(description = "A policy recommendation: text.substring of the document's normalised text at [start, end)")
public record RecommendationView(
        @Schema(example = "7d8f3c1e-1b2a-3c4d-9e8f-0a1b2c3d4e5f") UUID id,
        @Schema(example = "3f2a9c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b") UUID documentId,
        @Schema(example = "Chip Partnership Brief") String documentTitle,
        @Schema(example = "Test Institute") String publisher,
        @Schema(example = "2024-03-01") LocalDate publishedDate,
        @Schema(example = "public", enumeration = {"public", "partner"})
                String visibility,
        @Schema(example = "partner-a") String ownerOrg,
        @Schema(example = "247") int start,
        @Schema(example = "362") int end,
        @Schema(example = "Washington and Seoul should move beyond a bilateral framework and leverage larger "
                + "multilateral forums such as IPEF.")
                String text, @Schema(description = "Who should act, canonical names",
                        example = "United States and South Korea")
                String actor, @Schema(example = "should",
                        enumeration = {"must", "should", "recommend", "could", "imperative"})
                String strength, @Schema(example = "move beyond a bilateral framework and leverage larger multilateral "
                        + "forums such as IPEF")
                String action,
        @Schema(example = "[\"alliances-diplomacy\"]") List<String> topics,
        @Schema(example = "[\"Indo-Pacific Economic Framework\"]") List<String> forums,
        @Schema(example = "[\"united-states\", \"south-korea\", \"ipef\"]") List<String> entities,
        @Schema(description = "Nearest heading above", example = "Recommendations") String section,
        @Schema(example = "5") int sentenceIndex,
        @Schema(description = "Advice against the action (\"should not\")", example = "false")
                boolean negated,
        @Schema(example = "rc-0aa65eaa249c") String clusterId,
        @Schema(example = "proposed", enumeration = {
                            "proposed", "under_consideration", "adopted", "implemented", "rejected"
                        })
                String status,
        OffsetDateTime statusChangedAt,
        @Schema(example = "recommendations-1.2.0") String extractorVersion,
        @Schema(example = "1") int documentRevision,
        @Schema(description = "Supporting claims of the same document, best first (only on GET /recommendations/{id})")
                @JsonInclude(JsonInclude.Include.NON_NULL)
                List<EvidenceView> evidence) {}
