package io.policylens.recommendations.repository;

import io.policylens.common.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.util.Optional;
import java.util.UUID;

/** Processed markers: which document state the stored results come from. */
@ApplicationScoped
public class ProcessedDocumentRepository {

    private final Sql sql;

    @Inject
    public ProcessedDocumentRepository(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public Optional<ProcessedDocumentEntity> findById(UUID documentId) {
        return sql.first("SELECT " + ProcessedDocumentEntity.COLUMNS + " FROM processed_documents WHERE document_id = ?",
                ProcessedDocumentEntity::of, documentId);
    }

    /** Creates the document's marker or overwrites it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(ProcessedDocumentEntity marker) {
        sql.update("INSERT INTO processed_documents (" + ProcessedDocumentEntity.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (document_id) DO UPDATE SET revision = excluded.revision, "
                        + "extractor_version = excluded.extractor_version, claims_version = excluded.claims_version, "
                        + "content_hash = excluded.content_hash, processed_at = excluded.processed_at",
                marker.documentId, marker.revision, marker.extractorVersion, marker.claimsVersion, marker.contentHash,
                marker.processedAt);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean deleteById(UUID documentId) {
        return sql.update("DELETE FROM processed_documents WHERE document_id = ?", documentId) > 0;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteAll() {
        return sql.update("DELETE FROM processed_documents");
    }
}
