package io.policylens.recommendations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.contract.RemoteChange;
import io.policylens.documents.contract.RemoteChangeBatch;
import io.policylens.documents.contract.RemoteDocument;
import io.policylens.documents.contract.RemoteSentence;
import io.policylens.documents.contract.RemoteSnapshot;
import io.policylens.documents.text.ContentFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * documents-service as the consumer sees it: documents analysed with the real documents-core pipeline (so
 * offsets and annotations are real), and a change feed. Every response body is a serialised
 * documents-contract record, the same records documents-service's provider contract test parses its real
 * responses with, so the stubs cannot drift from the real API silently. One instance per test JVM: the
 * consumer's cursor lives in the shared test database.
 */
final class FakeDocuments {

    static final FakeDocuments INSTANCE = new FakeDocuments();
    /** Must equal %test.policylens.feed.batch-size. */
    static final int BATCH_SIZE = 2;

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final DocumentAnalyser ANALYSER = new DocumentAnalyser();

    private final Map<UUID, RemoteDocument> documents = new LinkedHashMap<>();
    private final Map<UUID, List<RemoteSentence>> sentences = new LinkedHashMap<>();
    private final List<RemoteChange> changes = new ArrayList<>();
    private final Set<UUID> failing = new HashSet<>();

    private FakeDocuments() {
    }

    synchronized UUID publish(String title, String publisher, String ownerOrg, String visibility, String content) {
        UUID id = add(title, publisher, ownerOrg, visibility, content);
        restub();
        return id;
    }

    /** Many public documents at once (one re-stub, not one per document): title, publisher and content of each. */
    synchronized List<UUID> publishAll(String ownerOrg, List<String[]> titlePublisherContent) {
        List<UUID> ids = new ArrayList<>();
        for (String[] document : titlePublisherContent) {
            ids.add(add(document[0], document[1], ownerOrg, "public", document[2]));
        }
        restub();
        return ids;
    }

    private UUID add(String title, String publisher, String ownerOrg, String visibility, String content) {
        AnalysedDocument analysed = ANALYSER.analyse(content, ContentFormat.TEXT);
        UUID id = UUID.randomUUID();
        documents.put(id, new RemoteDocument(id, title, List.of("A. Author"), publisher, LocalDate.of(2024, 3, 1),
                "https://example.org/" + id, visibility, ownerOrg, 1));
        sentences.put(id, analysed.sentences().stream().map(FakeDocuments::remote).toList());
        changes.add(new RemoteChange(changes.size() + 1, id, 1, "created", ownerOrg, visibility));
        return id;
    }

    /** A metadata change: new revision, same sentences. */
    synchronized void updateMetadata(UUID id, String publisher, String visibility) {
        RemoteDocument d = documents.get(id);
        documents.put(id, new RemoteDocument(id, d.title(), d.authors(), publisher, d.publishedDate(), d.sourceUrl(),
                visibility, d.ownerOrg(), d.revision() + 1));
        append(id, "updated");
    }

    synchronized void delete(UUID id) {
        RemoteDocument d = documents.remove(id);
        sentences.remove(id);
        changes.add(new RemoteChange(changes.size() + 1, id, d.revision() + 1, "deleted", d.ownerOrg(), d.visibility()));
        restub();
    }

    /** documents-service answers 500 for this document's snapshot until {@link #heal()}. */
    synchronized void failSentencesOf(UUID id) {
        failing.add(id);
        restub();
    }

    synchronized void heal() {
        failing.clear();
        restub();
    }

    /** Feed position of the last change of the document. */
    synchronized long lastSeqOf(UUID id) {
        return changes.stream().filter(c -> c.documentId().equals(id)).mapToLong(RemoteChange::seq).max().orElseThrow();
    }

    synchronized long head() {
        return changes.size();
    }

    synchronized RemoteDocument document(UUID id) {
        return documents.get(id);
    }

    private void append(UUID id, String kind) {
        RemoteDocument d = documents.get(id);
        changes.add(new RemoteChange(changes.size() + 1, id, d.revision(), kind, d.ownerOrg(), d.visibility()));
        restub();
    }

    /**
     * Re-registers every stub from the current state; called after each change, and when the stub server starts so
     * that a test class that runs first (or alone) finds an empty feed rather than no stub at all.
     */
    synchronized void restub() {
        WireMockServer server = DocumentsServiceStub.server();
        server.resetMappings();
        long head = changes.size();
        for (long after = 0; after <= head; after++) {
            List<RemoteChange> batch = changes.subList((int) after, (int) Math.min(head, after + BATCH_SIZE));
            long next = batch.isEmpty() ? after : batch.get(batch.size() - 1).seq();
            server.stubFor(get(urlPathEqualTo("/documents/changes")).withQueryParam("after", equalTo(Long.toString(after)))
                    .withHeader("Authorization", matching("Bearer .+"))
                    .willReturn(json(200, new RemoteChangeBatch(List.copyOf(batch), next, next < head, head))));
        }
        for (RemoteChange change : changes) {
            UUID id = change.documentId();
            RemoteDocument document = documents.get(id);
            String snapshot = "/documents/" + id + "/snapshot";
            if (document == null) {
                server.stubFor(get(urlPathEqualTo(snapshot)).willReturn(aResponse().withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://policylens.io/problems/not-found\",\"status\":404}")));
                continue;
            }
            server.stubFor(get(urlPathEqualTo(snapshot)).withHeader("Authorization", matching("Bearer .+"))
                    .willReturn(failing.contains(id) ? aResponse().withStatus(500)
                            : json(200, new RemoteSnapshot(document, sentences.get(id)))));
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, Object body) {
        try {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** documents-service's sentence form: block kind and entity type in lower case, document offsets. */
    private static RemoteSentence remote(AnnotatedSentence a) {
        var s = a.sentence();
        return new RemoteSentence(s.index(), s.start(), s.end(), s.text(), s.section(), s.block(),
                s.blockKind().name().toLowerCase(Locale.ROOT),
                a.entities().stream().map(e -> new RemoteSentence.Entity(e.entityId(), e.name(),
                        e.type().name().toLowerCase(Locale.ROOT), e.start(), e.end())).toList(),
                a.topics().stream().map(t -> new RemoteSentence.Topic(t.topic(), t.score())).toList());
    }
}
