package io.policylens.testing.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.policylens.common.problem.Problem;
import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.contract.RemoteChange;
import io.policylens.documents.contract.RemoteDocument;
import io.policylens.documents.contract.RemoteSentence;
import io.policylens.documents.contract.RemoteSnapshot;
import io.policylens.documents.text.ContentFormat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * documents-service as the extraction services' tests see it, shared by their fakes: documents analysed with the real
 * documents-core pipeline (offsets and annotations are what documents-service would store), the changes that only
 * grow (the services' tests hand them to the change applier or publish them to a test broker), and the WireMock stubs
 * of the snapshots. Every body is a serialised documents-contract record,
 * the records documents-service's provider contract test parses its real answers with, so the stubs cannot drift from
 * the real API silently. Every call must carry the client-credentials token the consumer's OIDC client filter adds.
 */
public final class DocumentsServiceFake {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final DocumentAnalyser ANALYSER = new DocumentAnalyser();

    private final Map<UUID, RemoteSnapshot> live = new LinkedHashMap<>();
    private final Set<UUID> deleted = new HashSet<>();
    private final Set<UUID> failing = new HashSet<>();
    private final Set<UUID> unavailable = new HashSet<>();
    private final List<RemoteChange> changes = new ArrayList<>();

    /** A plain-text document as documents-service stores it: its normalised text and its sentences. */
    public record Analysed(String text, List<RemoteSentence> sentences) {
    }

    public static Analysed analyse(String content) {
        AnalysedDocument analysed = ANALYSER.analyse(content, ContentFormat.TEXT);
        return new Analysed(analysed.text(), analysed.sentences().stream().map(DocumentsServiceFake::remote).toList());
    }

    /** Stores the document as it is now and appends its change ({@code created} or {@code updated}). */
    public synchronized void put(RemoteDocument document, List<RemoteSentence> sentences, String kind) {
        live.put(document.id(), new RemoteSnapshot(document, List.copyOf(sentences)));
        append(document, document.revision(), kind);
    }

    /** Soft-deletes: the snapshot answers 404 from now on; returns the deletion's revision. */
    public synchronized int delete(UUID id) {
        RemoteDocument document = live.remove(id).document();
        deleted.add(id);
        int revision = document.revision() + 1;
        append(document, revision, "deleted");
        return revision;
    }

    /** Makes the document's snapshot answer 500 (documents-service failing), or heals it. */
    public synchronized void failing(UUID id, boolean fail) {
        if (fail) {
            failing.add(id);
        } else {
            failing.remove(id);
        }
    }

    /** Makes the document's snapshot answer 503 (documents-service without its database), or brings it back. */
    public synchronized void unavailable(UUID id, boolean down) {
        if (down) {
            unavailable.add(id);
        } else {
            unavailable.remove(id);
        }
    }

    public synchronized void healAll() {
        failing.clear();
        unavailable.clear();
    }

    public synchronized long head() {
        return changes.size();
    }

    /** The seq of the newest change of a document. */
    public synchronized long lastSeqOf(UUID id) {
        return changes.stream().filter(c -> c.documentId().equals(id)).mapToLong(RemoteChange::seq).max()
                .orElseThrow(() -> new IllegalArgumentException("no change for " + id));
    }

    /** The document as documents-service holds it now; null once deleted. */
    public synchronized RemoteDocument document(UUID id) {
        RemoteSnapshot snapshot = live.get(id);
        return snapshot == null ? null : snapshot.document();
    }

    /** The sentences of a live document. */
    public synchronized List<RemoteSentence> sentences(UUID id) {
        return live.get(id).sentences();
    }

    /** The changes after {@code seq} (exclusive), oldest first. */
    public synchronized List<RemoteChange> changesAfter(long seq) {
        return List.copyOf(changes.subList((int) Math.min(seq, changes.size()), changes.size()));
    }

    /** Every stub for the current state: the snapshot of each document. */
    public synchronized List<MappingBuilder> stubs() {
        List<MappingBuilder> stubs = new ArrayList<>();
        for (UUID id : documentIds()) {
            MappingBuilder snapshot = authorised(get(urlPathEqualTo("/documents/" + id + "/snapshot")));
            if (deleted.contains(id)) {
                stubs.add(snapshot.willReturn(problem(404)));
            } else if (failing.contains(id)) {
                stubs.add(snapshot.willReturn(problem(500)));
            } else if (unavailable.contains(id)) {
                stubs.add(snapshot.willReturn(problem(503)));
            } else {
                stubs.add(snapshot.willReturn(json(live.get(id))));
            }
        }
        return stubs;
    }

    private Set<UUID> documentIds() {
        Set<UUID> ids = new HashSet<>(live.keySet());
        ids.addAll(deleted);
        return ids;
    }

    private void append(RemoteDocument document, int revision, String kind) {
        changes.add(new RemoteChange(changes.size() + 1, document.id(), revision, kind, document.ownerOrg(),
                document.visibility()));
    }

    private static MappingBuilder authorised(MappingBuilder builder) {
        return builder.withHeader("Authorization", matching("Bearer .+"));
    }

    private static ResponseDefinitionBuilder json(Object body) {
        try {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseDefinitionBuilder problem(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", Problem.MEDIA_TYPE)
                .withBody("{\"type\":\"https://policylens.io/problems/x\",\"status\":" + status + "}");
    }

    /** documents-service's sentence form of an analysed sentence (as its DocumentViews builds it). */
    private static RemoteSentence remote(AnnotatedSentence annotated) {
        var s = annotated.sentence();
        List<RemoteSentence.Entity> entities = annotated.entities().stream()
                .map(e -> new RemoteSentence.Entity(e.entityId(), e.name(), e.type().name().toLowerCase(Locale.ROOT),
                        e.start(), e.end()))
                .toList();
        List<RemoteSentence.Topic> topics = annotated.topics().stream()
                .map(t -> new RemoteSentence.Topic(t.topic(), t.score())).toList();
        return new RemoteSentence(s.index(), s.start(), s.end(), s.text(), s.section(), s.block(),
                s.blockKind().name().toLowerCase(Locale.ROOT), entities, topics);
    }
}
