package io.policylens.documents.client;

import io.policylens.documents.contract.RemoteDocument;
import io.policylens.documents.contract.RemoteSentence;
import io.policylens.documents.contract.RemoteSentencePage;
import io.policylens.documents.contract.SentenceConversion;

import io.policylens.documents.analysis.AnnotatedSentence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads a document's current state from documents-service: metadata and every sentence. */
@ApplicationScoped
public class DocumentReader {

    private static final int PAGE = 1000;

    @RestClient
    DocumentsApi api;

    /** The document as it is now, or empty when it was deleted (404). */
    public Optional<DocumentSnapshot> current(UUID id) {
        RemoteDocument document;
        try {
            document = api.document(id);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        List<RemoteSentence> sentences = new ArrayList<>();
        for (int page = 0; ; page++) {
            RemoteSentencePage batch = api.sentences(id, page, PAGE);
            sentences.addAll(batch.items());
            if (batch.items().size() < PAGE || sentences.size() >= batch.total()) {
                break;
            }
        }
        List<AnnotatedSentence> annotated = SentenceConversion.toAnnotated(sentences);
        return Optional.of(new DocumentSnapshot(document, annotated));
    }

    /** A document and its sentences at one revision. */
    public record DocumentSnapshot(RemoteDocument document, List<AnnotatedSentence> sentences) {
    }
}
