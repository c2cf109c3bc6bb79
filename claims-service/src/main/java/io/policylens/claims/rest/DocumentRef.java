package io.policylens.claims.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** The document a claim comes from, as of the revision the claim reflects. */
@RegisterForReflection
@Schema(description = "The claim's document")
public record DocumentRef(
        @Schema(example = "0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11") UUID id,
        @Schema(example = "Why Tech Cooperation Matters") String title,
        @Schema(example = "Korea Economic Institute of America") String publisher,
        @Schema(example = "2025-06-04") LocalDate publishedDate,
        @Schema(example = "https://example.org/briefs/tech-cooperation") String url,
        @Schema(example = "2") int revision,
        @Schema(enumeration = {"public", "partner"}, example = "partner") String visibility,
        @Schema(example = "partner-a") String ownerOrg) {
}
