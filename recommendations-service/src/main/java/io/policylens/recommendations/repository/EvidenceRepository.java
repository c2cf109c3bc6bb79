package io.policylens.recommendations.repository;

import io.policylens.common.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

/** Evidence links; always replaced per document, never patched. */
@ApplicationScoped
public class EvidenceRepository {

    private final Sql sql;

    @Inject
    public EvidenceRepository(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public List<EvidenceLinkEntity> ofRecommendation(UUID recommendationId) {
        return sql.list("SELECT " + EvidenceLinkEntity.COLUMNS + " FROM evidence_links WHERE recommendation_id = ? "
                + "ORDER BY score DESC, claim_id", EvidenceLinkEntity::of, recommendationId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteOfDocument(UUID documentId) {
        return sql.update("DELETE FROM evidence_links WHERE document_id = ?", documentId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<EvidenceLinkEntity> links) {
        sql.batch("INSERT INTO evidence_links (" + EvidenceLinkEntity.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                links.stream().map(e -> new Object[] {e.id, e.recommendationId, e.documentId, e.claimId, e.claimStart,
                    e.claimEnd, e.claimText, e.score, e.reason, e.claimsVersion}).toList());
    }
}
