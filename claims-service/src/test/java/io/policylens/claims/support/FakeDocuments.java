package io.policylens.claims.support;

import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.contract.RemoteChange;
import io.policylens.documents.contract.RemoteDocument;
import io.policylens.documents.contract.RemoteSentence;
import io.policylens.documents.contract.SentenceConversion;
import io.policylens.testing.documents.DocumentsServiceFake;
import io.policylens.testing.documents.DocumentsServiceStub;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The claims tests' documents-service: test-support's {@link DocumentsServiceFake} behind its
 * {@link DocumentsServiceStub}, with a mutable {@link Doc} per document for the tests to hold. The change feed is
 * global and only grows, like the real one, because all test classes share one application and one database (and
 * cursor).
 */
public final class FakeDocuments {

    private static final DocumentsServiceFake FAKE = new DocumentsServiceFake();

    private FakeDocuments() {
    }

    /** A document as documents-service holds it: metadata, revision and analysed sentences. */
    public static final class Doc {
        public final UUID id = UUID.randomUUID();
        public String text;
        public List<RemoteSentence> sentences;
        public String title;
        public String publisher;
        public LocalDate publishedDate;
        public String url;
        public String ownerOrg;
        public String visibility;
        public int revision = 1;
        public boolean deleted;

        Doc(String title, String content, String ownerOrg, String visibility) {
            DocumentsServiceFake.Analysed analysed = DocumentsServiceFake.analyse(content);
            this.text = analysed.text();
            this.sentences = analysed.sentences();
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
            return new RemoteDocument(id, title, List.of("Jane Doe"), publisher, publishedDate, url, visibility,
                    ownerOrg,
                    revision);
        }
    }

    /** Stores a plain-text document and appends its 'created' change. */
    public static synchronized Doc create(String title, String content, String ownerOrg, String visibility) {
        Doc doc = new Doc(title, content, ownerOrg, visibility);
        FAKE.put(doc.remote(), doc.sentences, "created");
        publish();
        return doc;
    }

    /** Changes metadata (null keeps a field) and appends an 'updated' change, as PATCH /documents/{id} does. */
    /** Partner A's document with a memory-chips brief of its own. */
    public static Doc createChips(String title, String visibility) {
        return create(title, Briefs.memoryChips(UUID.randomUUID().toString()), Api.PARTNER_A, visibility);
    }

    /** Partner A's document with a DRAM-share brief of its own at the percentage. */
    public static Doc createDramShare(String title, int percent, String visibility) {
        return create(title, Briefs.dramShare(UUID.randomUUID().toString(), percent), Api.PARTNER_A, visibility);
    }

    public static synchronized void updateMetadata(Doc doc, String title, String visibility) {
        if (title != null) {
            doc.title = title;
        }
        if (visibility != null) {
            doc.visibility = visibility;
        }
        doc.revision++;
        FAKE.put(doc.remote(), doc.sentences, "updated");
        publish();
    }

    /** Replaces the content (new sentences) and appends an 'updated' change, as a content update does. */
    public static synchronized void updateContent(Doc doc, String content) {
        DocumentsServiceFake.Analysed analysed = DocumentsServiceFake.analyse(content);
        doc.text = analysed.text();
        doc.sentences = analysed.sentences();
        doc.revision++;
        FAKE.put(doc.remote(), doc.sentences, "updated");
        publish();
    }

    /** Soft-deletes: the document answers 404 from now on, and a 'deleted' change is appended. */
    public static synchronized void delete(Doc doc) {
        doc.deleted = true;
        doc.revision = FAKE.delete(doc.id);
        publish();
    }

    /** Makes the document's snapshot endpoint answer 500 (documents-service failing mid-batch), or heals it. */
    public static synchronized void failSentences(Doc doc, boolean failing) {
        FAKE.failing(doc.id, failing);
        publish();
    }

    /** Makes the document's snapshot endpoint answer 503 (documents-service without its database), or heals it. */
    public static synchronized void unavailable(Doc doc, boolean down) {
        FAKE.unavailable(doc.id, down);
        publish();
    }

    public static synchronized long head() {
        return FAKE.head();
    }

    /** The seq of the newest change of a document. */
    public static synchronized long lastSeqOf(Doc doc) {
        return FAKE.lastSeqOf(doc.id);
    }

    /** The changes after {@code seq}, oldest first. */
    public static synchronized List<RemoteChange> changesAfter(long seq) {
        return FAKE.changesAfter(seq);
    }

    private static void publish() {
        DocumentsServiceStub.publish(FAKE);
    }
}
