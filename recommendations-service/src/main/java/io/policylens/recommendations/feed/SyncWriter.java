package io.policylens.recommendations.feed;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.documents.contract.RemoteDocument;
import io.policylens.recommendations.clustering.RecommendationCluster;
import io.policylens.recommendations.extraction.ExtractedRecommendation;
import io.policylens.recommendations.extraction.RecommendationExtractor;
import io.policylens.recommendations.repository.ClusterEntity;
import io.policylens.recommendations.repository.ClusterRepository;
import io.policylens.recommendations.repository.EvidenceLinkEntity;
import io.policylens.recommendations.repository.EvidenceRepository;
import io.policylens.recommendations.repository.ProcessedDocumentEntity;
import io.policylens.recommendations.repository.ProcessedDocumentRepository;
import io.policylens.recommendations.repository.RecommendationEntity;
import io.policylens.recommendations.repository.RecommendationRepository;
import io.policylens.recommendations.service.TrackingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The database writes of one change. Every method runs inside the feed follower's transaction, the one
 * that also moves the cursor, so a change is applied completely or not at all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class SyncWriter {

    @Inject
    RecommendationRepository recommendations;

    @Inject
    EvidenceRepository evidence;

    @Inject
    ClusterRepository clusters;

    @Inject
    ProcessedDocumentRepository processed;

    /** Deleted document: its recommendations go, with their evidence and history (FK cascade), then its clusters shrink. */
    void remove(UUID documentId, ClusterPlan plan) {
        recommendations.deleteOfDocumentExcept(documentId, List.of());
        evidence.deleteOfDocument(documentId);
        if (plan != null) {
            applyClusters(plan);
        }
        processed.deleteById(documentId);
    }

    /** Same sentences, new metadata: refresh scoping and display fields, nothing is re-extracted. */
    void updateMetadata(RemoteDocument document, String contentHash) {
        recommendations.update("ownerOrg = ?1, visibility = ?2, documentTitle = ?3, documentPublisher = ?4, documentDate = ?5, "
                        + "documentRevision = ?6, updatedAt = ?7 where documentId = ?8", document.ownerOrg(), document.visibility(),
                document.title(), Documents.publisher(document), document.publishedDate(), document.revision(), now(), document.id());
        Set<String> touched = recommendations.ofDocument(document.id()).stream().map(r -> r.clusterId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        clusters.recount(touched);
        mark(document, contentHash);
    }

    /** New extraction: upsert by stable id (tracking state untouched), drop vanished spans, replace evidence. */
    void apply(RemoteDocument document, String contentHash, List<ExtractedItem> items, ClusterPlan plan) {
        Map<UUID, RecommendationEntity> stored = recommendations.ofDocument(document.id()).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        OffsetDateTime now = now();
        for (ExtractedItem item : items) {
            RecommendationEntity entity = stored.get(item.id());
            if (entity == null) {
                entity = new RecommendationEntity();
                entity.id = item.id();
                entity.status = TrackingStatus.PROPOSED.label();
                entity.statusChangedAt = now;
                entity.createdAt = now;
                fill(entity, document, item.recommendation(), now);
                recommendations.persist(entity);
            } else {
                fill(entity, document, item.recommendation(), now);
            }
        }
        recommendations.flush();
        recommendations.deleteOfDocumentExcept(document.id(), items.stream().map(ExtractedItem::id).toList());
        evidence.deleteOfDocument(document.id());
        for (ExtractedItem item : items) {
            for (ExtractedItem.Evidence link : item.evidence()) {
                evidence.persist(link(document.id(), item.id(), link));
            }
        }
        evidence.flush();
        if (plan != null) {
            applyClusters(plan);
        }
        mark(document, contentHash);
    }

    private void applyClusters(ClusterPlan plan) {
        Map<String, ClusterEntity> existing = clusters.listAll().stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        OffsetDateTime now = now();
        Map<String, List<UUID>> moved = new LinkedHashMap<>();
        for (RecommendationCluster cluster : plan.clusters()) {
            ClusterEntity entity = existing.get(cluster.id());
            boolean created = entity == null;
            if (created) {
                entity = new ClusterEntity();
                entity.id = cluster.id();
            }
            if (created || changed(entity, cluster, plan)) {
                entity.label = cluster.label();
                entity.labelRecommendationId = plan.labelMembers().get(cluster.id());
                entity.keywords = cluster.keywords();
                entity.memberCount = cluster.members().size();
                entity.documentCount = cluster.documents();
                entity.publisherCount = cluster.publishers();
                entity.updatedAt = now;
            }
            if (created) {
                // Hibernate takes the insert's values at persist time: persist only once the fields are set
                clusters.persist(entity);
            }
            for (String key : cluster.members()) {
                UUID id = UUID.fromString(key);
                if (!cluster.id().equals(plan.previousCluster().get(id))) {
                    moved.computeIfAbsent(cluster.id(), k -> new ArrayList<>()).add(id);
                }
            }
        }
        clusters.flush();
        moved.forEach(recommendations::assignCluster);
        Set<String> keep = new HashSet<>();
        plan.clusters().forEach(c -> keep.add(c.id()));
        clusters.deleteAllExcept(keep);
    }

    private static boolean changed(ClusterEntity entity, RecommendationCluster cluster, ClusterPlan plan) {
        return !entity.label.equals(cluster.label())
                || !Objects.equals(entity.labelRecommendationId, plan.labelMembers().get(cluster.id()))
                || !Objects.equals(entity.keywords, cluster.keywords()) || entity.memberCount != cluster.members().size()
                || entity.documentCount != cluster.documents() || entity.publisherCount != cluster.publishers();
    }

    private void mark(RemoteDocument document, String contentHash) {
        ProcessedDocumentEntity marker = processed.findById(document.id());
        boolean created = marker == null;
        if (created) {
            marker = new ProcessedDocumentEntity();
            marker.documentId = document.id();
        }
        marker.revision = document.revision();
        marker.extractorVersion = RecommendationExtractor.VERSION;
        marker.claimsVersion = ClaimExtractor.VERSION;
        marker.contentHash = contentHash;
        marker.processedAt = now();
        if (created) {
            processed.persist(marker);
        }
    }

    private static void fill(RecommendationEntity e, RemoteDocument document, ExtractedRecommendation r, OffsetDateTime now) {
        e.documentId = document.id();
        e.start = r.start();
        e.end = r.end();
        e.text = r.text();
        e.actor = r.actor();
        e.strength = r.strength();
        e.action = r.action();
        e.topics = r.topics();
        e.forums = r.forums();
        e.entityIds = r.entityIds();
        e.section = r.section();
        e.sentenceIndex = r.sentenceIndex();
        e.negated = r.negated();
        e.ownerOrg = document.ownerOrg();
        e.visibility = document.visibility();
        e.documentTitle = document.title();
        e.documentPublisher = Documents.publisher(document);
        e.documentDate = document.publishedDate();
        e.documentRevision = document.revision();
        e.extractorVersion = RecommendationExtractor.VERSION;
        e.updatedAt = now;
    }

    private static EvidenceLinkEntity link(UUID documentId, UUID recommendationId, ExtractedItem.Evidence link) {
        EvidenceLinkEntity entity = new EvidenceLinkEntity();
        entity.id = UUID.nameUUIDFromBytes(("evidence:" + recommendationId + ":" + link.claimId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        entity.recommendationId = recommendationId;
        entity.documentId = documentId;
        entity.claimId = link.claimId();
        entity.claimStart = link.start();
        entity.claimEnd = link.end();
        entity.claimText = link.text();
        entity.score = link.score();
        entity.reason = link.reason();
        entity.claimsVersion = ClaimExtractor.VERSION;
        return entity;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
