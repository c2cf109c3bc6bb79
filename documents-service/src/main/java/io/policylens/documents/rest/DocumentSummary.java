package io.policylens.documents.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.policylens.documents.search.Snippet;

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
        @Schema(description = "Matching passages as HTML (search only): the document's text HTML-escaped, with the "
                + "matches in <mark> elements, which are the only markup it contains", example =
                                "… accounts for 20 percent of the global <mark>semiconductor</mark> market, "
                                + "&lt;per&gt; KSIA …")
                String snippet, @Schema(description =
                                "The same passages as plain text (search only); render it as text, never as HTML",
                        example = "… accounts for 20 percent of the global semiconductor market, <per> KSIA …")
                String snippetText, @Schema(description = "The matches in snippetText as [start, end) character "
                        + "offsets (search only)", example = "[{\"start\":43,\"end\":56}]")
                List<Snippet.Highlight> highlights) {}
