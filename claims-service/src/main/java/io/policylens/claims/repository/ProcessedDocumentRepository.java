package io.policylens.claims.repository;

import io.policylens.documents.client.sync.ProcessingMarker;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Processed markers of the feed consumer. */
@ApplicationScoped
public class ProcessedDocumentRepository implements PanacheRepositoryBase<ProcessedDocumentEntity, UUID> {

    /** The document's marker with the scope of its processed revision, for GET .../documents/{id}/processing. */
    public Optional<ProcessingMarker> processing(UUID documentId) {
        return findByIdOptional(documentId)
                .map(e -> new ProcessingMarker(e.revision, e.deleted, e.ownerOrg, e.visibility, e.processedAt,
                        e.scopeRevision()));
    }

    /** Arbitrary namespace of the per-document advisory locks ("CLAI"), so they cannot collide with other locks. */
    private static final int LOCK_NAMESPACE = 0x434C_4149;

    public Optional<ProcessedDocumentEntity> marker(UUID documentId) {
        return findByIdOptional(documentId);
    }

    /**
     * Serialises writers of one document until the transaction ends (replicas consuming the same feed, or
     * a replay racing a normal poll), so the marker read after it is the one the writes are based on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID documentId) {
        getEntityManager().createNamedQuery(ProcessedDocumentEntity.LOCK)
                .setParameter(1, LOCK_NAMESPACE).setParameter(2, documentId.hashCode()).getSingleResult();
    }

    /**
     * Creates or overwrites the document's marker (callers hold the document's lock, so no one inserts it meanwhile).
     * The owner organisation and visibility are those the claims were written with (null for a tombstone); a scope
     * revision newer than {@code revision} stays, so a later write still knows the scope it must not widen.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(UUID documentId, int revision, String extractorVersion, String fingerprint, boolean deleted,
                     String ownerOrg, String visibility) {
        ProcessedDocumentEntity marker = findById(documentId);
        boolean created = marker == null;
        if (created) {
            marker = new ProcessedDocumentEntity();
            marker.documentId = documentId;
        }
        marker.revision = revision;
        marker.extractorVersion = extractorVersion;
        marker.fingerprint = fingerprint;
        marker.deleted = deleted;
        marker.ownerOrg = ownerOrg;
        marker.visibility = visibility;
        marker.scopeRevision =
                marker.scopeRevision != null && marker.scopeRevision > revision
                        ? marker.scopeRevision
                        : null;
        marker.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            persist(marker);
        }
    }

    /**
     * Records the scope of {@code scopeRevision}, applied ahead of its extraction, without moving the processed content
     * revision; a document with no marker gets one at revision 0 (nothing extracted), which covers no change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void saveScope(UUID documentId, int scopeRevision, String ownerOrg, String visibility) {
        ProcessedDocumentEntity marker = findById(documentId);
        if (marker == null) {
            marker = new ProcessedDocumentEntity();
            marker.documentId = documentId;
            marker.revision = 0;
            marker.extractorVersion = "";
            marker.fingerprint = "";
            marker.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
            persist(marker);
        }
        marker.ownerOrg = ownerOrg;
        marker.visibility = visibility;
        marker.scopeRevision = scopeRevision;
    }

    /**
     * Forgets every live document's processed revision so the next replay re-extracts everything; tombstones stay, and
     * so does each marker's scope (as a revision-0 marker), which an extraction prepared before still must not widen.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long forgetLive() {
        long kept =
                update(
                        "scopeRevision = greatest(revision, coalesce(scopeRevision, 0)), revision = 0, "
                        + "extractorVersion = '', fingerprint = '' where deleted = false and revision > 0 and ownerOrg "
                        + "is not null and visibility is not null");
        return kept + delete("deleted = false and revision > 0");
    }
}
