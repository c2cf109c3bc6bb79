package io.policylens.recommendations.feed;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.documents.client.feed.DocumentScope;
import io.policylens.documents.contract.RemoteDocument;
import io.policylens.recommendations.clustering.ClusterMember;
import io.policylens.recommendations.extraction.ExtractedRecommendation;
import io.policylens.recommendations.extraction.RecommendationExtractor;
import io.policylens.recommendations.repository.ClusteringStateRepository;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The database writes of one change. Every method runs inside the change applier's transaction, the one
 * that also writes the processed marker, so a change is applied completely or not at all. Each starts by locking the
 * clustering state (the lock order of {@link ClusteringStateRepository}) and requests a re-clustering when
 * the clustering input changed; clusters themselves are written only by {@link ClusteringJob}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class SyncWriter {

    @Inject
    RecommendationRepository recommendations;

    @Inject
    EvidenceRepository evidence;

    @Inject
    ProcessedDocumentRepository processed;

    @Inject
    ClusteringStateRepository clustering;

    /**
     * Deleted document: its recommendations go, with their evidence and history (FK cascade); their
     * clusters shrink later. The marker stays as a tombstone, so a write of an older revision
     * prepared meanwhile is dropped.
     */
    void remove(UUID documentId, int revision) {
        clustering.lock();
        if (recommendations.hasDocument(documentId)) {
            clustering.request();
        }
        recommendations.deleteOfDocumentExcept(documentId, List.of());
        evidence.deleteOfDocument(documentId);
        ProcessedDocumentEntity stored = processed.findById(documentId);
        ProcessedDocumentEntity tombstone = new ProcessedDocumentEntity();
        tombstone.documentId = documentId;
        tombstone.revision = stored == null ? revision : Math.max(stored.revision, revision);
        tombstone.extractorVersion = "-";
        tombstone.claimsVersion = "-";
        tombstone.contentHash = "-";
        tombstone.processedAt = now();
        tombstone.deleted = true;
        processed.save(tombstone);
    }

    /**
     * Whether a write of this document state is outdated: the document is deleted, or a newer
     * revision is stored. The clustering lock, taken first by every write, makes the check and the
     * write one step (the fast path and the regular path of the change stream can both write a
     * document).
     */
    private boolean outdated(RemoteDocument document) {
        ProcessedDocumentEntity stored = processed.findById(document.id());
        return stored != null && stored.supersedes(document.revision());
    }

    /**
     * Same sentences, new metadata: refresh scoping and display fields, nothing is re-extracted. Only the publisher
     * is clustering input (publishers behind a cluster); owner and visibility are applied when clusters are read.
     */
    void updateMetadata(RemoteDocument document, String contentHash) {
        clustering.lock();
        if (outdated(document)) {
            return;
        }
        String publisher = Documents.publisher(document);
        if (recommendations.ofDocument(document.id()).stream()
                .anyMatch(r -> !Objects.equals(r.documentPublisher, publisher))) {
            clustering.request();
        }
        Scope scope = scope(document);
        recommendations.updateDocumentMetadata(document.id(), scope.ownerOrg(), scope.visibility(), document.title(),
                publisher, document.publishedDate(), document.revision(), now());
        mark(document, contentHash, scope);
    }

    /**
     * The document's owner or visibility changed in a revision whose content is not extracted yet (or whose first
     * extraction is still to come): only the scope of the recommendations held changes, and the marker records it with
     * its revision, apart from the processed content revision, so the regular path still extracts the new content.
     * Nothing happens when the marker already holds this scope revision or a newer one, or a tombstone.
     */
    void updateScope(RemoteDocument document) {
        clustering.lock();
        ProcessedDocumentEntity stored = processed.findById(document.id());
        if (stored != null && (stored.deleted || stored.scopeRevision() >= document.revision())) {
            return;
        }
        // the recommendations held come from older content: the new scope may narrow who sees them, never widen it
        DocumentScope scope =
                DocumentScope.narrowest(
                        stored == null
                                ? null
                                : new DocumentScope(stored.ownerOrg, stored.visibility),
                        new DocumentScope(document.ownerOrg(), document.visibility()));
        recommendations.updateScope(document.id(), scope.ownerOrg(), scope.visibility(), now());
        if (stored == null) {
            // nothing extracted yet: a marker at revision 0 that covers no change, only the scope
            stored = new ProcessedDocumentEntity();
            stored.documentId = document.id();
            stored.extractorVersion = "";
            stored.claimsVersion = "";
            stored.contentHash = "";
            stored.processedAt = now();
        }
        stored.ownerOrg = scope.ownerOrg();
        stored.visibility = scope.visibility();
        stored.scopeRevision = document.revision();
        processed.save(stored);
    }

    /**
     * The owner and visibility a write of this document state gets: the snapshot's, or the narrower of them and the
     * newer ones the fast path applied meanwhile, so a write prepared from an older snapshot never widens who sees the
     * recommendations.
     */
    private Scope scope(RemoteDocument document) {
        DocumentScope own = new DocumentScope(document.ownerOrg(), document.visibility());
        return processed
                .processing(document.id())
                .filter(m -> m.holdsScopeNewerThan(document.revision()))
                .map(
                        m -> {
                            DocumentScope narrowest =
                                    DocumentScope.narrowest(
                                            own, new DocumentScope(m.ownerOrg(), m.visibility()));
                            return new Scope(
                                    narrowest.ownerOrg(),
                                    narrowest.visibility(),
                                    m.scopeRevision());
                        })
                .orElseGet(() -> new Scope(own.ownerOrg(), own.visibility(), null));
    }

    /** @param newerRevision the revision of the scope when newer than the written one, else null */
    private record Scope(String ownerOrg, String visibility, Integer newerRevision) {
    }

    /**
     * New extraction: upsert by stable id (tracking state untouched), drop vanished spans, replace evidence. When the
     * document's clustering input changed, re-clustering is requested; members keep their cluster until it ran.
     */
    void apply(RemoteDocument document, String contentHash, List<ExtractedItem> items) {
        clustering.lock();
        if (outdated(document)) {
            return;
        }
        Scope scope = scope(document);
        List<RecommendationEntity> current = recommendations.ofDocument(document.id());
        if (clusteringInputChanged(document, current, items)) {
            clustering.request();
        }
        Map<UUID, RecommendationEntity> stored =
                current.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        OffsetDateTime now = now();
        List<RecommendationEntity> created = new ArrayList<>();
        for (ExtractedItem item : items) {
            RecommendationEntity entity = stored.get(item.id());
            if (entity == null) {
                entity = new RecommendationEntity();
                entity.id = item.id();
                entity.status = TrackingStatus.PROPOSED.label();
                entity.statusChangedAt = now;
                entity.createdAt = now;
                fill(entity, document, scope, item.recommendation(), now);
                created.add(entity);
            } else {
                fill(entity, document, scope, item.recommendation(), now);
            }
        }
        // new rows get the initial tracking state; stored rows (read above) only their changed
        // extraction columns, written
        // by Hibernate's dynamic update, so a status set meanwhile stays
        recommendations.insert(created);
        recommendations.deleteOfDocumentExcept(document.id(), items.stream().map(ExtractedItem::id).toList());
        evidence.deleteOfDocument(document.id());
        List<EvidenceLinkEntity> links = new ArrayList<>();
        for (ExtractedItem item : items) {
            for (ExtractedItem.Evidence link : item.evidence()) {
                links.add(link(document.id(), item.id(), link));
            }
        }
        evidence.insert(links);
        mark(document, contentHash, scope);
    }

    /** A replay or a re-extraction that finds the same recommendations leaves clustering alone. */
    private static boolean clusteringInputChanged(
            RemoteDocument document, List<RecommendationEntity> stored, List<ExtractedItem> items) {
        Set<ClusterMember> before = new HashSet<>();
        for (RecommendationEntity r : stored) {
            if (r.clusterId == null) {
                return true; // never clustered: make sure a run covers it
            }
            before.add(ClusterMembers.of(r));
        }
        Set<ClusterMember> after = new HashSet<>();
        String publisher = Documents.publisher(document);
        for (ExtractedItem item : items) {
            after.add(ClusterMembers.of(item.id(), document.id(), publisher, item.recommendation()));
        }
        return !before.equals(after);
    }

    /** Creates or overwrites the document's processed marker. */
    private void mark(RemoteDocument document, String contentHash, Scope scope) {
        ProcessedDocumentEntity marker = new ProcessedDocumentEntity();
        marker.documentId = document.id();
        marker.revision = document.revision();
        marker.extractorVersion = RecommendationExtractor.VERSION;
        marker.claimsVersion = ClaimExtractor.VERSION;
        marker.contentHash = contentHash;
        marker.processedAt = now();
        marker.ownerOrg = scope.ownerOrg();
        marker.visibility = scope.visibility();
        marker.scopeRevision = scope.newerRevision();
        processed.save(marker);
    }

    private static void fill(RecommendationEntity e, RemoteDocument document, Scope scope, ExtractedRecommendation r,
                             OffsetDateTime now) {
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
        e.ownerOrg = scope.ownerOrg();
        e.visibility = scope.visibility();
        e.documentTitle = document.title();
        e.documentPublisher = Documents.publisher(document);
        e.documentDate = document.publishedDate();
        e.documentRevision = document.revision();
        e.extractorVersion = RecommendationExtractor.VERSION;
        e.updatedAt = now;
    }

    private static EvidenceLinkEntity link(UUID documentId, UUID recommendationId, ExtractedItem.Evidence link) {
        EvidenceLinkEntity entity = new EvidenceLinkEntity();
        entity.id =
                UUID.nameUUIDFromBytes(
                        ("evidence:" + recommendationId + ":" + link.claimId())
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
