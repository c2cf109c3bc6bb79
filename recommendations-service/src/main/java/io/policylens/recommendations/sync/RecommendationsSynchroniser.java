package io.policylens.recommendations.sync;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.documents.client.DocumentReader;
import io.policylens.documents.client.DocumentReader.DocumentSnapshot;
import io.policylens.documents.client.sync.DocumentFields;
import io.policylens.documents.client.sync.DocumentSynchroniser;
import io.policylens.documents.client.sync.ProcessingMarker;
import io.policylens.documents.client.sync.SyncWork;
import io.policylens.documents.contract.RemoteChange;
import io.policylens.documents.contract.SentenceFingerprint;
import io.policylens.recommendations.clustering.ClusteringJob;
import io.policylens.recommendations.extraction.RecommendationExtractor;
import io.policylens.recommendations.repository.ProcessedDocumentEntity;
import io.policylens.recommendations.repository.ProcessedDocumentRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Brings the stored recommendations of one document in line with the document's CURRENT state in
 * documents-service, whatever the change says, so replays, skipped revisions and rewinds converge:
 * <ul>
 *   <li>deleted (by the change or because the document is gone): remove everything derived from it;</li>
 *   <li>already processed at this revision and extractor versions: nothing to do;</li>
 *   <li>same sentences under a new revision: only metadata changed, refresh scoping and display fields;</li>
 *   <li>otherwise extract, link evidence, upsert by stable id (tracking state kept).</li>
 * </ul>
 * Remote calls and extraction happen here, outside any transaction; the writes are returned as
 * {@link SyncWork} and commit together with the processed marker. Re-clustering is not done per change: the writes
 * request it (durably, in the same transaction) and {@link ClusteringJob} runs it once per burst.
 */
@ApplicationScoped
public class RecommendationsSynchroniser implements DocumentSynchroniser {

    private static final Logger LOG = Logger.getLogger(RecommendationsSynchroniser.class);

    @Inject
    DocumentReader reader;

    @Inject
    DocumentExtraction extraction;

    @Inject
    SyncWriter writer;

    @Inject
    ProcessedDocumentRepository processed;

    @Override
    public String consumerName() {
        return "recommendations";
    }

    @Override
    public SyncWork prepare(RemoteChange change) {
        return prepare(change, true);
    }

    @Override
    public SyncWork prepareWithoutExtraction(RemoteChange change) {
        return prepare(change, false);
    }

    @Override
    public Optional<ProcessingMarker> marker(UUID documentId) {
        return QuarkusTransaction.requiringNew().call(() -> processed.processing(documentId));
    }

    @Override
    public long forgetProcessed() {
        return processed.forgetLive();
    }

    private SyncWork prepare(RemoteChange change, boolean mayExtract) {
        UUID id = change.documentId();
        Optional<Marker> marker = QuarkusTransaction.requiringNew().call(
                () -> processed.findByIdOptional(id).map(Marker::of));
        if (marker.isPresent() && marker.get().deleted()) {
            return SyncWork.NOTHING; // a tombstone: the document is gone for good
        }
        Optional<DocumentSnapshot> snapshot = change.isDeletion() ? Optional.empty() : reader.current(id);
        if (snapshot.isEmpty()) {
            LOG.debugf(
                    "change %d: document %s is gone, removing its recommendations",
                    (Object) change.seq(), id);
            return () -> writer.remove(id, change.revision());
        }
        DocumentSnapshot current = snapshot.get();
        String hash = SentenceFingerprint.of(current.sentences());
        boolean sameVersions = marker.map(Marker::currentVersions).orElse(false);
        if (sameVersions && marker.get().revision() == current.document().revision()) {
            LOG.debugf(
                    "change %d: document %s revision %d already processed",
                    (Object) change.seq(), id, current.document().revision());
            return SyncWork.NOTHING;
        }
        DocumentFields fields = DocumentFields.of(current.document());
        if (sameVersions && marker.get().contentHash().equals(hash)) {
            LOG.debugf("change %d: metadata of document %s changed", (Object) change.seq(), id);
            return () -> writer.updateMetadata(id, fields, hash);
        }
        if (!mayExtract) {
            // new content, or none extracted yet: apply the current scope now, the regular path extracts the content
            return () -> writer.updateScope(id, fields);
        }
        List<ExtractedItem> items = extraction.extract(id, current.sentences());
        LOG.debugf("change %d: document %s revision %d: %d recommendations", change.seq(), id,
                current.document().revision(), items.size());
        return () -> writer.apply(id, fields, hash, items);
    }

    /** What the marker says. */
    private record Marker(
            int revision,
            String extractorVersion,
            String claimsVersion,
            String contentHash,
            boolean deleted) {

        /** A marker at revision 0 only holds a scope applied ahead of extraction: no version is current. */
        static Marker of(ProcessedDocumentEntity e) {
            return new Marker(e.revision, e.extractorVersion, e.claimsVersion, e.contentHash, e.deleted);
        }

        boolean currentVersions() {
            return RecommendationExtractor.VERSION.equals(extractorVersion)
                    && ClaimExtractor.VERSION.equals(claimsVersion);
        }
    }
}
