package io.policylens.recommendations.sync;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.documents.client.sync.DocumentFields;
import io.policylens.documents.client.sync.DocumentScope;
import io.policylens.documents.client.sync.ProcessingMarker;
import io.policylens.recommendations.clustering.ClusterMember;
import io.policylens.recommendations.clustering.ClusterMembers;
import io.policylens.recommendations.clustering.ClusteringJob;
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
import java.util.Optional;
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
    private boolean outdated(UUID documentId, DocumentFields document) {
        ProcessedDocumentEntity stored = processed.findById(documentId);
        return stored != null && stored.supersedes(document.revision());
    }

    /**
     * Same sentences, new metadata: refresh scoping and display fields, nothing is re-extracted. Only the publisher
     * is clustering input (publishers behind a cluster); owner and visibility are applied when clusters are read.
     */
    void updateMetadata(UUID documentId, DocumentFields document, String contentHash) {
        clustering.lock();
        if (outdated(documentId, document)) {
            return;
        }
        if (recommendations.ofDocument(documentId).stream()
                .anyMatch(r -> !Objects.equals(r.documentPublisher, document.publisher()))) {
            clustering.request();
        }
        Scoped scoped = scoped(documentId, document);
        DocumentFields fields = scoped.fields();
        recommendations.updateDocumentMetadata(documentId, fields.ownerOrg(), fields.visibility(), fields.title(),
                fields.publisher(), fields.publishedDate(), fields.revision(), now());
        mark(documentId, contentHash, scoped);
    }

    /**
     * The document's owner or visibility changed in a revision whose content is not extracted yet (or whose first
     * extraction is still to come): only the scope of the recommendations held changes, and the marker records it with
     * its revision, apart from the processed content revision, so the regular path still extracts the new content.
     * Nothing happens when the marker already holds this scope revision or a newer one, or a tombstone.
     */
    void updateScope(UUID documentId, DocumentFields document) {
        clustering.lock();
        ProcessedDocumentEntity stored = processed.findById(documentId);
        Optional<DocumentScope> ahead =
                document.scopeAheadOfExtraction(Optional.ofNullable(stored).map(ProcessedDocumentEntity::marker));
        if (ahead.isEmpty()) {
            return;
        }
        DocumentScope scope = ahead.get();
        recommendations.updateScope(documentId, scope.ownerOrg(), scope.visibility(), now());
        if (stored == null) {
            // nothing extracted yet: a marker at revision 0 that covers no change, only the scope
            stored = new ProcessedDocumentEntity();
            stored.documentId = documentId;
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
     * The fields a write of this document state stores (under a newer scope the fast path applied meanwhile, if any:
     * see {@link DocumentFields#narrowedBy}), and the revision of that newer scope, which the marker keeps.
     */
    private Scoped scoped(UUID documentId, DocumentFields document) {
        Optional<ProcessingMarker> marker = processed.processing(documentId);
        Integer newerRevision = marker.filter(m -> m.holdsScopeNewerThan(document.revision()))
                .map(ProcessingMarker::scopeRevision).orElse(null);
        return new Scoped(document.narrowedBy(marker), newerRevision);
    }

    /** @param newerScopeRevision the revision of the scope when newer than the written one, else null */
    private record Scoped(DocumentFields fields, Integer newerScopeRevision) {
    }

    /**
     * New extraction: upsert by stable id (tracking state untouched), drop vanished spans, replace evidence. When the
     * document's clustering input changed, re-clustering is requested; members keep their cluster until it ran.
     */
    void apply(UUID documentId, DocumentFields document, String contentHash, List<ExtractedItem> items) {
        clustering.lock();
        if (outdated(documentId, document)) {
            return;
        }
        Scoped scoped = scoped(documentId, document);
        List<RecommendationEntity> current = recommendations.ofDocument(documentId);
        if (clusteringInputChanged(documentId, document, current, items)) {
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
                fill(entity, documentId, scoped.fields(), item.recommendation(), now);
                created.add(entity);
            } else {
                fill(entity, documentId, scoped.fields(), item.recommendation(), now);
            }
        }
        // new rows get the initial tracking state; stored rows (read above) only their changed
        // extraction columns, written
        // by Hibernate's dynamic update, so a status set meanwhile stays
        recommendations.insert(created);
        recommendations.deleteOfDocumentExcept(documentId, items.stream().map(ExtractedItem::id).toList());
        evidence.deleteOfDocument(documentId);
        List<EvidenceLinkEntity> links = new ArrayList<>();
        for (ExtractedItem item : items) {
            for (ExtractedItem.Evidence link : item.evidence()) {
                links.add(link(documentId, item.id(), link));
            }
        }
        evidence.insert(links);
        mark(documentId, contentHash, scoped);
    }

    /** A replay or a re-extraction that finds the same recommendations leaves clustering alone. */
    private static boolean clusteringInputChanged(UUID documentId, DocumentFields document,
                                                  List<RecommendationEntity> stored, List<ExtractedItem> items) {
        Set<ClusterMember> before = new HashSet<>();
        for (RecommendationEntity r : stored) {
            if (r.clusterId == null) {
                return true; // never clustered: make sure a run covers it
            }
            before.add(ClusterMembers.of(r));
        }
        Set<ClusterMember> after = new HashSet<>();
        for (ExtractedItem item : items) {
            after.add(ClusterMembers.of(item.id(), documentId, document.publisher(), item.recommendation()));
        }
        return !before.equals(after);
    }

    /** Creates or overwrites the document's processed marker. */
    private void mark(UUID documentId, String contentHash, Scoped scoped) {
        ProcessedDocumentEntity marker = new ProcessedDocumentEntity();
        marker.documentId = documentId;
        marker.revision = scoped.fields().revision();
        marker.extractorVersion = RecommendationExtractor.VERSION;
        marker.claimsVersion = ClaimExtractor.VERSION;
        marker.contentHash = contentHash;
        marker.processedAt = now();
        marker.ownerOrg = scoped.fields().ownerOrg();
        marker.visibility = scoped.fields().visibility();
        marker.scopeRevision = scoped.newerScopeRevision();
        processed.save(marker);
    }

    private static void fill(RecommendationEntity e, UUID documentId, DocumentFields document,
                             ExtractedRecommendation r, OffsetDateTime now) {
        e.documentId = documentId;
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
        e.documentPublisher = document.publisher();
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
