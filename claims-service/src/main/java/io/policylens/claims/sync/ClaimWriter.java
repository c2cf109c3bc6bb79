package io.policylens.claims.sync;

import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.claims.mapping.ClaimMapper;
import io.policylens.claims.repository.ClaimEntity;
import io.policylens.claims.repository.ClaimRepository;
import io.policylens.claims.repository.ProcessedDocumentRepository;
import io.policylens.claims.repository.ReviewRepository;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.client.sync.DocumentFields;
import io.policylens.documents.client.sync.DocumentScope;
import io.policylens.documents.client.sync.ProcessingMarker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The database side of synchronising one document. Every write method runs inside the change
 * applier's transaction (MANDATORY), the one that also writes the processed marker, and starts by taking the
 * document's advisory lock and re-reading its marker: a snapshot older than what is stored is
 * dropped, and a marker that moved since prepare aborts the change for a retry.
 */
@ApplicationScoped
public class ClaimWriter {

    private static final Logger LOG = Logger.getLogger(ClaimWriter.class);

    @Inject
    ClaimRepository claims;

    @Inject
    ReviewRepository reviews;

    @Inject
    ProcessedDocumentRepository markers;

    @Transactional
    public Marker marker(UUID documentId) {
        return Marker.of(markers.marker(documentId).orElse(null));
    }

    /** The marker as the processing endpoint and the stream's fast path read it. */
    @Transactional
    public Optional<ProcessingMarker> processing(UUID documentId) {
        return markers.processing(documentId);
    }

    /** Stores a fresh extraction: upserts claims by id, removes claims whose spans disappeared, keeps reviews. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceClaims(UUID documentId, DocumentFields document, List<ExtractedClaim> extracted,
                              Map<Integer, AnnotatedSentence> sentences, String fingerprint, String version,
                              Marker expected) {
        if (!lockAndCheck(documentId, document.revision(), version, fingerprint, expected)) {
            return;
        }
        document = document.narrowedBy(markers.processing(documentId));
        OffsetDateTime now = now();
        Map<UUID, ClaimEntity> existing = new HashMap<>();
        for (ClaimEntity claim : claims.forDocument(documentId)) {
            existing.put(claim.id, claim);
        }
        Map<UUID, ClaimEntity> kept = new HashMap<>();
        for (ExtractedClaim claim : extracted) {
            UUID id = ClaimMapper.id(documentId, claim);
            if (kept.containsKey(id)) {
                continue; // one row per span, whatever the extractor returns
            }
            ClaimEntity entity = existing.remove(id);
            boolean created = entity == null;
            if (created) {
                entity = new ClaimEntity();
            }
            ClaimMapper.apply(entity, documentId, claim, sentences.get(claim.sentenceIndex()), document, version, now);
            if (created) {
                claims.persist(entity);
            }
            kept.put(id, entity);
        }
        // kept claims are updated when the transaction flushes; vanished ones go in one statement
        claims.deleteByIds(existing.keySet());
        markProcessed(documentId, document, version, fingerprint);
        LOG.debugf(
                "document %s revision %d: %d claims stored, %d removed",
                documentId, document.revision(), kept.size(), existing.size());
    }

    /** Same sentences, new metadata: only scoping and display fields change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updateDocumentFields(UUID documentId, DocumentFields document, String fingerprint, String version,
                                     Marker expected) {
        if (!lockAndCheck(documentId, document.revision(), version, fingerprint, expected)) {
            return;
        }
        document = document.narrowedBy(markers.processing(documentId));
        // the fields ClaimMapper.applyDocument sets, written to every claim of the document in one statement
        ClaimEntity fields = new ClaimEntity();
        ClaimMapper.applyDocument(fields, document, now());
        claims.updateDocumentFields(documentId, fields);
        markProcessed(documentId, document, version, fingerprint);
    }

    /**
     * The document's owner or visibility changed in a revision whose content is not extracted yet (or whose first
     * extraction is still to come): only the scope of the claims held changes, and the marker records it with its
     * revision, apart from the processed content revision, so the regular path still extracts the new content. Nothing
     * happens when the marker already holds this scope revision or a newer one, or a tombstone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updateScope(UUID documentId, DocumentFields document) {
        markers.lock(documentId);
        Optional<DocumentScope> ahead = document.scopeAheadOfExtraction(markers.processing(documentId));
        if (ahead.isEmpty()) {
            return;
        }
        DocumentScope scope = ahead.get();
        long rewritten = claims.updateScope(documentId, scope.ownerOrg(), scope.visibility(), now());
        markers.saveScope(documentId, document.revision(), scope.ownerOrg(), scope.visibility());
        LOG.debugf(
                "document %s: scope of revision %d applied ahead of its extraction to %d claims",
                documentId, document.revision(), rewritten);
    }

    /** The document is gone: its claims and their reviews go too; a tombstone makes replays cheap. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeDocument(UUID documentId, int revision) {
        markers.lock(documentId);
        Marker current = Marker.of(markers.marker(documentId).orElse(null));
        long removed = claims.deleteByDocument(documentId);
        reviews.deleteByDocument(documentId);
        markers.save(
                documentId,
                current == null ? revision : Math.max(current.revision(), revision),
                "-",
                "-",
                true,
                null,
                null);
        LOG.debugf("document %s deleted: %d claims removed", documentId, removed);
    }

    /** Locks the document; true when the writes should go ahead. */
    private boolean lockAndCheck(UUID documentId, int revision, String version, String fingerprint, Marker expected) {
        markers.lock(documentId);
        Marker current = Marker.of(markers.marker(documentId).orElse(null));
        if (current != null && current.supersedes(revision, version, fingerprint)) {
            return false;
        }
        if (!Objects.equals(current, expected)) {
            throw new ConcurrentSyncException(
                    "document "
                            + documentId
                            + " changed while its revision "
                            + revision
                            + " was being prepared; it will be prepared again");
        }
        return true;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The document's revision is processed with the version's extractor, in the scope its claims were written with. */
    private void markProcessed(UUID documentId, DocumentFields document, String version, String fingerprint) {
        markers.save(documentId, document.revision(), version, fingerprint, false, document.ownerOrg(),
                document.visibility());
    }
}
