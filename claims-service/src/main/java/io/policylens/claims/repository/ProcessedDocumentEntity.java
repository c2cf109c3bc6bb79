package io.policylens.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the feed consumer last applied for a document (a row of {@code processed_documents}, see
 * V1__claims.sql).
 */
@Entity
@Table(name = "processed_documents")
// a transaction-scoped advisory lock: nothing JPQL can say (ProcessedDocumentRepository.lock)
@NamedNativeQuery(
        name = ProcessedDocumentEntity.LOCK,
        query = "SELECT pg_advisory_xact_lock(?1, ?2)")
public class ProcessedDocumentEntity extends PanacheEntityBase {

    static final String LOCK = "ProcessedDocument.lock";

    @Id
    @Column(name = "document_id")
    public UUID documentId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "extractor_version", nullable = false)
    public String extractorVersion;

    /** SHA-256 over the sentences and annotations the claims were extracted from. */
    @Column(nullable = false)
    public String fingerprint;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "processed_at", nullable = false)
    public OffsetDateTime processedAt;

    /** Owner organisation of the processed revision (V4); null on markers written before, and on tombstones. */
    @Column(name = "owner_org")
    public String ownerOrg;

    /** Visibility of the processed revision (V4); null on markers written before, and on tombstones. */
    @Column(name = "visibility")
    public String visibility;

    /**
     * The revision owner and visibility come from when it is newer than {@code revision} (V6): a
     * scope the stream's fast path applied ahead of the extraction; null when the scope is that of
     * the processed revision.
     */
    @Column(name = "scope_revision")
    public Integer scopeRevision;

    /** The revision the marker's owner and visibility come from. */
    public int scopeRevision() {
        return scopeRevision == null ? revision : Math.max(revision, scopeRevision);
    }
}
