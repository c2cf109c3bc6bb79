package io.policylens.recommendations.repository;

import io.policylens.common.jdbc.Rows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A claim of the same document supporting a recommendation, under the id claims-service stores it with (table evidence_links). */
public class EvidenceLinkEntity {

    static final String COLUMNS = "id, recommendation_id, document_id, claim_id, claim_start, claim_end, claim_text, score, reason, claims_version";

    public UUID id;

    public UUID recommendationId;

    public UUID documentId;

    public UUID claimId;

    public int claimStart;

    public int claimEnd;

    public String claimText;

    public double score;

    public String reason;

    public String claimsVersion;

    /** A row selected with {@link #COLUMNS}. */
    static EvidenceLinkEntity of(ResultSet row) throws SQLException {
        EvidenceLinkEntity e = new EvidenceLinkEntity();
        e.id = Rows.uuid(row, "id");
        e.recommendationId = Rows.uuid(row, "recommendation_id");
        e.documentId = Rows.uuid(row, "document_id");
        e.claimId = Rows.uuid(row, "claim_id");
        e.claimStart = row.getInt("claim_start");
        e.claimEnd = row.getInt("claim_end");
        e.claimText = row.getString("claim_text");
        e.score = row.getDouble("score");
        e.reason = row.getString("reason");
        e.claimsVersion = row.getString("claims_version");
        return e;
    }
}
