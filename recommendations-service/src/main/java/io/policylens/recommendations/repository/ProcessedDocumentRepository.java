package io.policylens.recommendations.repository;

import io.policylens.documents.client.sync.ProcessingMarker;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/** Processed markers: which document state the stored results come from. */
@ApplicationScoped
public class ProcessedDocumentRepository implements PanacheRepositoryBase<ProcessedDocumentEntity, UUID> {

    /** The document's marker with the scope of its processed revision, for GET .../documents/{id}/processing. */
    public Optional<ProcessingMarker> processing(UUID documentId) {
        return findByIdOptional(documentId).map(ProcessedDocumentEntity::marker);
    }

    /** Creates the document's marker or overwrites it (merge: reads the row, then inserts or updates it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(ProcessedDocumentEntity marker) {
        getEntityManager().merge(marker);
    }

    /**
     * Forgets the processed revisions of live documents (forced re-extraction); tombstones stay, and so does each
     * marker's scope (as a revision-0 marker), which an extraction prepared before still must not widen.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long forgetLive() {
        long kept = update("scopeRevision = greatest(revision, coalesce(scopeRevision, 0)), revision = 0, "
                + "extractorVersion = '', claimsVersion = '', contentHash = '' where deleted = false and revision > 0 "
                + "and ownerOrg is not null and visibility is not null");
        return kept + delete("deleted = false and revision > 0");
    }
}
