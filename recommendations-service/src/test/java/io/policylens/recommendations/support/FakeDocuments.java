package io.policylens.recommendations.support;

import io.policylens.documents.contract.RemoteChange;
import io.policylens.documents.contract.RemoteDocument;
import io.policylens.testing.documents.DocumentsServiceFake;
import io.policylens.testing.documents.DocumentsServiceStub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The recommendations tests' documents-service: test-support's {@link DocumentsServiceFake} behind its
 * {@link DocumentsServiceStub}. One instance per test JVM, like the shared test database.
 */
public final class FakeDocuments {

    public static final FakeDocuments INSTANCE = new FakeDocuments();

    private final DocumentsServiceFake fake = new DocumentsServiceFake();

    private FakeDocuments() {
    }

    public synchronized UUID publish(String title, String publisher, String ownerOrg, String visibility,
            String content) {
        UUID id = add(title, publisher, ownerOrg, visibility, content);
        restub();
        return id;
    }

    /** Many public documents at once (one re-stub, not one per document): title, publisher and content of each. */
    public synchronized List<UUID> publishAll(String ownerOrg, List<String[]> titlePublisherContent) {
        List<UUID> ids = new ArrayList<>();
        for (String[] document : titlePublisherContent) {
            ids.add(add(document[0], document[1], ownerOrg, "public", document[2]));
        }
        restub();
        return ids;
    }

    private UUID add(String title, String publisher, String ownerOrg, String visibility, String content) {
        UUID id = UUID.randomUUID();
        fake.put(
                new RemoteDocument(
                        id,
                        title,
                        List.of("A. Author"),
                        publisher,
                        LocalDate.of(2024, 3, 1),
                        "https://example.org/" + id,
                        visibility,
                        ownerOrg,
                        1),
                DocumentsServiceFake.analyse(content).sentences(),
                "created");
        return id;
    }

    /** A metadata change: new revision, same sentences. */
    public synchronized void updateMetadata(UUID id, String publisher, String visibility) {
        RemoteDocument d = fake.document(id);
        fake.put(new RemoteDocument(id, d.title(), d.authors(), publisher, d.publishedDate(), d.sourceUrl(),
                visibility, d.ownerOrg(), d.revision() + 1), fake.sentences(id), "updated");
        restub();
    }

    /** A content change: new revision, new sentences, same metadata. */
    public synchronized void updateContent(UUID id, String content) {
        RemoteDocument d = fake.document(id);
        fake.put(
                new RemoteDocument(
                        id,
                        d.title(),
                        d.authors(),
                        d.publisher(),
                        d.publishedDate(),
                        d.sourceUrl(),
                        d.visibility(),
                        d.ownerOrg(),
                        d.revision() + 1),
                DocumentsServiceFake.analyse(content).sentences(),
                "updated");
        restub();
    }

    public synchronized void delete(UUID id) {
        fake.delete(id);
        restub();
    }

    /** documents-service answers 500 for this document's snapshot until {@link #heal()}. */
    public synchronized void failSentencesOf(UUID id) {
        fake.failing(id, true);
        restub();
    }

    public synchronized void heal() {
        fake.healAll();
        restub();
    }

    /** Feed position of the last change of the document. */
    public synchronized long lastSeqOf(UUID id) {
        return fake.lastSeqOf(id);
    }

    public synchronized List<RemoteChange> changesAfter(long seq) {
        return fake.changesAfter(seq);
    }

    public synchronized long head() {
        return fake.head();
    }

    public synchronized RemoteDocument document(UUID id) {
        return fake.document(id);
    }

    /** Re-registers every stub from the current state; called after each change. */
    private void restub() {
        DocumentsServiceStub.publish(fake);
    }
}
