package io.policylens.claims.repository;

import io.policylens.common.jdbc.Rows;
import io.policylens.common.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Processed markers of the feed consumer. */
@ApplicationScoped
public class ProcessedDocumentRepository {

    /** Arbitrary namespace of the per-document advisory locks ("CLAI"), so they cannot collide with other locks. */
    private static final int LOCK_NAMESPACE = 0x434C_4149;

    private final Sql sql;

    @Inject
    public ProcessedDocumentRepository(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public Optional<ProcessedDocumentEntity> marker(UUID documentId) {
        return sql.first("SELECT document_id, revision, extractor_version, fingerprint, deleted, processed_at "
                + "FROM processed_documents WHERE document_id = ?", ProcessedDocumentRepository::marker, documentId);
    }

    /**
     * Serialises writers of one document until the transaction ends (replicas consuming the same feed, or
     * a replay racing a normal poll), so the marker read after it is the one the writes are based on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID documentId) {
        sql.execute("SELECT pg_advisory_xact_lock(?, ?)", LOCK_NAMESPACE, documentId.hashCode());
    }

    /** Creates or overwrites the document's marker (callers hold the document's lock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(UUID documentId, int revision, String extractorVersion, String fingerprint, boolean deleted) {
        sql.update("INSERT INTO processed_documents (document_id, revision, extractor_version, fingerprint, deleted, "
                        + "processed_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (document_id) DO UPDATE SET "
                        + "revision = excluded.revision, extractor_version = excluded.extractor_version, "
                        + "fingerprint = excluded.fingerprint, deleted = excluded.deleted, processed_at = excluded.processed_at",
                documentId, revision, extractorVersion, fingerprint, deleted, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Forgets every live document's marker so the next replay re-extracts everything; tombstones stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long forgetLive() {
        return sql.update("DELETE FROM processed_documents WHERE deleted = false");
    }

    private static ProcessedDocumentEntity marker(ResultSet row) throws SQLException {
        ProcessedDocumentEntity marker = new ProcessedDocumentEntity();
        marker.documentId = Rows.uuid(row, "document_id");
        marker.revision = row.getInt("revision");
        marker.extractorVersion = row.getString("extractor_version");
        marker.fingerprint = row.getString("fingerprint");
        marker.deleted = row.getBoolean("deleted");
        marker.processedAt = Rows.offsetDateTime(row, "processed_at");
        return marker;
    }
}
