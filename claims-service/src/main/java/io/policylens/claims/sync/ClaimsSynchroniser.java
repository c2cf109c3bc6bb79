package io.policylens.claims.sync;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.claims.repository.ProcessedDocumentRepository;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.client.DocumentReader;
import io.policylens.documents.client.DocumentReader.DocumentSnapshot;
import io.policylens.documents.client.sync.DocumentFields;
import io.policylens.documents.client.sync.DocumentSynchroniser;
import io.policylens.documents.client.sync.ProcessingMarker;
import io.policylens.documents.client.sync.SyncWork;
import io.policylens.documents.contract.RemoteChange;
import io.policylens.documents.contract.SentenceFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Brings a document's claims in line with the document's CURRENT state in documents-service, whatever
 * the event said: replays, superseded revisions and re-extraction all converge. The
 * expensive part (fetching sentences, extraction) happens here, outside any transaction; the returned
 * work only writes.
 */
@ApplicationScoped
public class ClaimsSynchroniser implements DocumentSynchroniser {

    public static final String CONSUMER = "claims";

    @Inject
    DocumentReader reader;

    @Inject
    ClaimExtractor extractor;

    @Inject
    ClaimWriter writer;

    @Inject
    ProcessedDocumentRepository markers;

    @Override
    public String consumerName() {
        return CONSUMER;
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
        return writer.processing(documentId);
    }

    @Override
    public long forgetProcessed() {
        return markers.forgetLive();
    }

    private SyncWork prepare(RemoteChange change, boolean mayExtract) {
        UUID documentId = change.documentId();
        String version = ClaimExtractor.VERSION;
        Marker marker = writer.marker(documentId);
        if (marker != null && marker.covers(change.revision(), version)) {
            return SyncWork.NOTHING; // replayed event: this revision (or a newer one) is applied with this extractor
        }
        Optional<DocumentSnapshot> snapshot = reader.current(documentId);
        if (snapshot.isEmpty()) {
            return () -> writer.removeDocument(documentId, change.revision());
        }
        DocumentFields fields = DocumentFields.of(snapshot.get().document());
        List<AnnotatedSentence> sentences = snapshot.get().sentences();
        String fingerprint = SentenceFingerprint.of(sentences);
        if (marker != null && marker.supersedes(fields.revision(), version, fingerprint)) {
            return SyncWork.NOTHING;
        }
        if (marker != null && marker.sameContent(version, fingerprint)) {
            return () -> writer.updateDocumentFields(documentId, fields, fingerprint, version, marker);
        }
        if (!mayExtract) {
            // new content, or none extracted yet: apply the current scope now, the regular path extracts the content
            return () -> writer.updateScope(documentId, fields);
        }
        List<ExtractedClaim> claims = extractor.extract(sentences);
        Map<Integer, AnnotatedSentence> byIndex = new HashMap<>();
        for (AnnotatedSentence sentence : sentences) {
            byIndex.put(sentence.sentence().index(), sentence);
        }
        return () -> writer.replaceClaims(documentId, fields, claims, byIndex, fingerprint, version, marker);
    }
}
