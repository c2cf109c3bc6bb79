package io.policylens.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Evidence links; always replaced per document, never patched. */
@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<EvidenceLinkEntity, UUID> {

    public List<EvidenceLinkEntity> ofRecommendation(UUID recommendationId) {
        return list("recommendationId", Sort.descending("score").and("claimId"), recommendationId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteOfDocument(UUID documentId) {
        return delete("documentId", documentId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<EvidenceLinkEntity> links) {
        persist(links);
    }
}
