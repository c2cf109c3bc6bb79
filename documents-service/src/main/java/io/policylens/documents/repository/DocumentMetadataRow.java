package io.policylens.documents.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A document without its content and analysis: what {@code GET /documents/{id}} shows, read in one narrow query. */
public record DocumentMetadataRow(UUID id, String ownerOrg, String visibility, String title, List<String> authors,
                                  String publisher, LocalDate publishedDate, String sourceUrl, String language,
                                  String contentFormat, String contentHash, String pipelineVersion, int revision,
                                  OffsetDateTime createdAt, OffsetDateTime updatedAt, StoredSummary summary) {

    /** From a loaded entity; a document stored without a summary is summarised from its analysis. */
    public static DocumentMetadataRow of(DocumentEntity d) {
        StoredSummary summary = d.summary != null ? d.summary : StoredSummary.of(d.analysis, d.text.length());
        return new DocumentMetadataRow(d.id, d.ownerOrg, d.visibility, d.title, d.authors, d.publisher,
                d.publishedDate, d.sourceUrl, d.language, d.contentFormat, d.contentHash, d.pipelineVersion,
                d.revision, d.createdAt, d.updatedAt, summary);
    }
}
