package io.policylens.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.policylens.documents.client.feed.ProcessingMarker;
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
                .map(e -> new ProcessingMarker(e.revision, e.deleted, e.ownerOrg, e.visibility, e.processedAt));
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
     * The owner organisation and visibility are those of the processed revision (null for a tombstone).
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
        marker.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            persist(marker);
        }
    }

    /** Forgets every live document's marker so the next replay re-extracts everything; tombstones stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long forgetLive() {
        return delete("deleted", false);
    }
}
