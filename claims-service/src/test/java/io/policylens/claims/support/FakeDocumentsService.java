package io.policylens.claims.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubImport;
import com.github.tomakehurst.wiremock.stubbing.StubImportBuilder;
import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.contract.RemoteChange;
import io.policylens.documents.contract.RemoteChangeBatch;
import io.policylens.documents.contract.RemoteDocument;
import io.policylens.documents.contract.RemoteSentence;
import io.policylens.documents.contract.RemoteSnapshot;
import io.policylens.documents.contract.SentenceConversion;
import io.policylens.documents.text.ContentFormat;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
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
 * An in-memory documents-service behind WireMock. Documents are real: their text goes through the
 * documents-core pipeline (so offsets and annotations are what documents-service would store), and
 * every stub body is a serialised documents-contract record, the same records documents-service's
 * provider contract test parses its real responses with. The change feed is global and only grows,
 * like the real one, because all test classes share one application and one database (and cursor).
 */
public final class FakeDocumentsService {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final DocumentAnalyser ANALYSER = new DocumentAnalyser();

    private static final Map<UUID, Doc> DOCUMENTS = new LinkedHashMap<>();
    private static final List<RemoteChange> CHANGES = new ArrayList<>();
    private static final Set<UUID> FAILING_SENTENCES = new HashSet<>();

    private FakeDocumentsService() {
    }

    /** A document as documents-service holds it: metadata, revision and analysed sentences. */
    public static final class Doc {
        public final UUID id = UUID.randomUUID();
        public final String text;
        public final List<RemoteSentence> sentences;
        public String title;
        public String publisher;
        public LocalDate publishedDate;
        public String url;
        public String ownerOrg;
        public String visibility;
        public int revision = 1;
        public boolean deleted;

        Doc(String title, String content, String ownerOrg, String visibility) {
            AnalysedDocument analysed = ANALYSER.analyse(content, ContentFormat.TEXT);
            this.text = analysed.text();
            this.sentences = analysed.sentences().stream().map(FakeDocumentsService::remote).toList();
            this.title = title;
            this.publisher = "Test Institute";
            this.publishedDate = LocalDate.of(2024, 3, 1);
            this.url = "https://example.org/briefs/" + id;
            this.ownerOrg = ownerOrg;
            this.visibility = visibility;
        }

        /** What documents-service's sentences endpoint gives, as the consumer converts it. */
        public List<AnnotatedSentence> annotated() {
            return SentenceConversion.toAnnotated(sentences);
        }

        RemoteDocument remote() {
            return new RemoteDocument(id, title, List.of("Jane Doe"), publisher, publishedDate, url, visibility, ownerOrg,
                    revision);
        }
    }

    /** Stores a plain-text document and appends its 'created' change. */
    public static synchronized Doc create(String title, String content, String ownerOrg, String visibility) {
        Doc doc = new Doc(title, content, ownerOrg, visibility);
        DOCUMENTS.put(doc.id, doc);
        append(doc, "created");
        return doc;
    }

    /** Changes metadata (null keeps a field) and appends an 'updated' change, as PATCH /documents/{id} does. */
    public static synchronized void updateMetadata(Doc doc, String title, String visibility) {
        if (title != null) {
            doc.title = title;
        }
        if (visibility != null) {
            doc.visibility = visibility;
        }
        doc.revision++;
        append(doc, "updated");
    }

    /** Soft-deletes: the document answers 404 from now on, and a 'deleted' change is appended. */
    public static synchronized void delete(Doc doc) {
        doc.deleted = true;
        doc.revision++;
        append(doc, "deleted");
    }

    /** Makes the document's snapshot endpoint answer 500 (documents-service failing mid-batch), or heals it. */
    public static synchronized void failSentences(Doc doc, boolean failing) {
        if (failing) {
            FAILING_SENTENCES.add(doc.id);
        } else {
            FAILING_SENTENCES.remove(doc.id);
        }
        publish();
    }

    public static synchronized long head() {
        return CHANGES.size();
    }

    /** The seq of the newest change of a document. */
    public static synchronized long lastSeqOf(Doc doc) {
        for (int i = CHANGES.size() - 1; i >= 0; i--) {
            if (CHANGES.get(i).documentId().equals(doc.id)) {
                return CHANGES.get(i).seq();
            }
        }
        throw new IllegalArgumentException("no change for " + doc.id);
    }

    private static void append(Doc doc, String kind) {
        CHANGES.add(new RemoteChange(CHANGES.size() + 1, doc.id, doc.revision, kind, doc.ownerOrg, doc.visibility));
        publish();
    }

    /** Replaces all stubs in one admin call: document snapshots and every feed position. */
    private static void publish() {
        StubImportBuilder stubs = StubImport.stubImport().deleteAllExistingStubsNotInImport().overwriteExisting();
        for (Doc doc : DOCUMENTS.values()) {
            String snapshot = "/documents/" + doc.id + "/snapshot";
            if (doc.deleted) {
                stubs.stub(authorised(get(urlPathEqualTo(snapshot))).willReturn(problem(404)));
            } else if (FAILING_SENTENCES.contains(doc.id)) {
                stubs.stub(authorised(get(urlPathEqualTo(snapshot))).willReturn(problem(500)));
            } else {
                stubs.stub(authorised(get(urlPathEqualTo(snapshot))).willReturn(json(new RemoteSnapshot(doc.remote(), doc.sentences))));
            }
        }
        int limit = batchSize();
        for (int after = 0; after <= CHANGES.size(); after++) {
            List<RemoteChange> events = CHANGES.subList(after, Math.min(after + limit, CHANGES.size()));
            long next = events.isEmpty() ? after : events.get(events.size() - 1).seq();
            RemoteChangeBatch batch = new RemoteChangeBatch(List.copyOf(events), next, next < CHANGES.size(), CHANGES.size());
            stubs.stub(authorised(get(urlPathEqualTo("/documents/changes"))
                    .withQueryParam("after", equalTo(String.valueOf(after)))
                    .withQueryParam("limit", equalTo(String.valueOf(limit))))
                    .willReturn(json(batch)));
        }
        client().importStubMappings(stubs.build());
    }

    /** Every call must carry the client-credentials token the OIDC client filter adds. */
    private static MappingBuilder authorised(MappingBuilder builder) {
        return builder.withHeader("Authorization", matching("Bearer .+"));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(Object body) {
        try {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://policylens.io/problems/x\",\"status\":" + status + "}");
    }

    private static int batchSize() {
        return ConfigProvider.getConfig().getValue("policylens.feed.batch-size", Integer.class);
    }

    private static WireMock client() {
        URI url = URI.create(ConfigProvider.getConfig().getValue("quarkus.rest-client.documents.url", String.class));
        return new WireMock(url.getHost(), url.getPort());
    }

    /** documents-service's sentence form of an analysed sentence (as its DocumentMapper builds it). */
    static RemoteSentence remote(AnnotatedSentence annotated) {
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
