package io.policylens.recommendations.repository;

import io.policylens.common.jdbc.Rows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The document state the stored recommendations were extracted from (table processed_documents). */
public class ProcessedDocumentEntity {

    static final String COLUMNS = "document_id, revision, extractor_version, claims_version, content_hash, processed_at";

    public UUID documentId;

    public int revision;

    public String extractorVersion;

    public String claimsVersion;

    public String contentHash;

    public OffsetDateTime processedAt;

    /** A row selected with {@link #COLUMNS}. */
    static ProcessedDocumentEntity of(ResultSet row) throws SQLException {
        ProcessedDocumentEntity p = new ProcessedDocumentEntity();
        p.documentId = Rows.uuid(row, "document_id");
        p.revision = row.getInt("revision");
        p.extractorVersion = row.getString("extractor_version");
        p.claimsVersion = row.getString("claims_version");
        p.contentHash = row.getString("content_hash");
        p.processedAt = Rows.offsetDateTime(row, "processed_at");
        return p;
    }
}
