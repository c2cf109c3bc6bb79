package io.policylens.documents.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A document in a list or search result. rank and snippet are set by search only. */
@RegisterForReflection
@Schema(description = "A document in a list or search result")
public record DocumentSummary(
        UUID id,
        @Schema(example = "Why Tech Cooperation Matters") String title,
        List<String> authors,
        String publisher,
        LocalDate publishedDate,
        @Schema(example = "public") String visibility,
        @Schema(example = "partner-a") String ownerOrg,
        @Schema(example = "[\"semiconductors\",\"alliances-diplomacy\"]") List<String> topics,
        int revision,
        OffsetDateTime createdAt,
        @Schema(description = "Search relevance (search only)", example = "0.42") Double rank,
        @Schema(description = "Matching passages with <mark> highlights (search only)",
                example = "… accounts for 20 percent of the global <mark>semiconductor</mark> market …") String snippet) {
}
