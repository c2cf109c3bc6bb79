package io.policylens.recommendations.repository;

import io.policylens.documents.client.sync.ProcessingMarker;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The document state the stored recommendations were extracted from (table processed_documents). */
@Entity
@Table(name = "processed_documents")
public class ProcessedDocumentEntity {

    @Id
    @Column(name = "document_id")
    public UUID documentId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "extractor_version", nullable = false)
    public String extractorVersion;

    @Column(name = "claims_version", nullable = false)
    public String claimsVersion;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "processed_at", nullable = false)
    public OffsetDateTime processedAt;

    /** Owner organisation of the processed revision (V5); null on markers written before. */
    @Column(name = "owner_org")
    public String ownerOrg;

    /** Visibility of the processed revision (V5); null on markers written before. */
    @Column(name = "visibility")
    public String visibility;

    /** The document was deleted; the marker stays as a tombstone at the deletion's revision (V6). */
    @Column(nullable = false)
    public boolean deleted;

    /**
     * The revision owner and visibility come from when it is newer than {@code revision} (V8): a
     * scope the stream's fast path applied ahead of the extraction; null when the scope is that of
     * the processed revision.
     */
    @Column(name = "scope_revision")
    public Integer scopeRevision;

    /** The revision the marker's owner and visibility come from. */
    public int scopeRevision() {
        return scopeRevision == null ? revision : Math.max(revision, scopeRevision);
    }

    /** The marker as the change stream's shared code reads it. */
    public ProcessingMarker marker() {
        return new ProcessingMarker(revision, deleted, ownerOrg, visibility, processedAt, scopeRevision());
    }

    /**
     * Whether a write of the document at {@code revision} would go back in time: deleted, or a
     * newer revision stored.
     */
    public boolean supersedes(int revision) {
        return deleted || this.revision > revision;
    }
}
