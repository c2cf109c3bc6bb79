package io.policylens.documents.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored document: metadata, raw and normalised text, and its analysis; one row of table {@code documents},
 * read and written by {@link DocumentRepository}. Changing a field changes nothing stored until the repository
 * writes it.
 */
public class DocumentEntity {

    public UUID id;

    public String ownerOrg;

    /** public | partner */
    public String visibility;

    public String title;

    public List<String> authors;

    public String publisher;

    public LocalDate publishedDate;

    public String sourceUrl;

    public String language;

    /** text | html | markdown */
    public String contentFormat;

    public String contentHash;

    public String rawContent;

    public String text;

    public StoredAnalysis analysis;

    /** Counts, topics, entities and sections of the analysis; null for documents stored before V2. */
    public StoredSummary summary;

    public List<String> topics;

    public List<String> entities;

    public String pipelineVersion;

    public int revision;

    public String createdBy;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    public OffsetDateTime deletedAt;

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
