package io.policylens.documents.client;

import io.policylens.documents.contract.RemoteDocument;
import io.policylens.documents.contract.RemoteSnapshot;
import io.policylens.documents.contract.SentenceConversion;

import io.policylens.documents.analysis.AnnotatedSentence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a document's current state from documents-service: metadata and every sentence, in one request
 * ({@code GET /documents/{id}/snapshot}) so both come from the same revision.
 */
@ApplicationScoped
public class DocumentReader {

    @RestClient
    DocumentsApi api;

    /** The document as it is now, or empty when it was deleted (404). */
    public Optional<DocumentSnapshot> current(UUID id) {
        RemoteSnapshot snapshot;
        try {
            snapshot = api.snapshot(id);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        List<AnnotatedSentence> annotated = SentenceConversion.toAnnotated(snapshot.sentences());
        return Optional.of(new DocumentSnapshot(snapshot.document(), annotated));
    }

    /** A document and its sentences at one revision. */
    public record DocumentSnapshot(RemoteDocument document, List<AnnotatedSentence> sentences) {
    }
}
