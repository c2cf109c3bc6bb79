package io.policylens.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.policylens.documents.client.feed.ProcessingMarker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/** Processed markers: which document state the stored results come from. */
@ApplicationScoped
public class ProcessedDocumentRepository implements PanacheRepositoryBase<ProcessedDocumentEntity, UUID> {

    /** The document's marker with the scope of its processed revision, for GET .../documents/{id}/processing. */
    public Optional<ProcessingMarker> processing(UUID documentId) {
        return findByIdOptional(documentId)
                .map(e -> new ProcessingMarker(e.revision, e.deleted, e.ownerOrg, e.visibility, e.processedAt));
    }

    /** Creates the document's marker or overwrites it (merge: reads the row, then inserts or updates it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(ProcessedDocumentEntity marker) {
        getEntityManager().merge(marker);
    }

    /** Forgets the markers of live documents (forced re-extraction); tombstones stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long forgetLive() {
        return delete("deleted = false");
    }
}
