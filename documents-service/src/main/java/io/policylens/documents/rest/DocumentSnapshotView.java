package io.policylens.documents.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A document's metadata and all its sentences at one revision, read in one transaction. The
 * extraction services read one per change instead of the document plus every sentence page: half
 * the requests, token checks and analysis parses, and no chance of a revision changing between the
 * two reads.
 */
@RegisterForReflection
@Schema(description = "A document and every sentence of it, at one revision")
public record DocumentSnapshotView(DocumentView document,
        @Schema(description = "All sentences in document order") List<SentenceView> sentences) {}
