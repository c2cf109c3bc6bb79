package io.policylens.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Evidence links; always replaced per document, never patched. */
@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<EvidenceLinkEntity, UUID> {

    public List<EvidenceLinkEntity> ofRecommendation(UUID recommendationId) {
        return list("recommendationId = ?1 order by score desc, claimId", recommendationId);
    }

    public long deleteOfDocument(UUID documentId) {
        return delete("documentId", documentId);
    }
}
