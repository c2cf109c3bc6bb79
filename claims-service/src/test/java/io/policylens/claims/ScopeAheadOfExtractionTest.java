package io.policylens.claims;

import io.policylens.claims.support.FakeDocuments;
import io.policylens.claims.support.FakeDocuments.Doc;
import io.policylens.documents.client.stream.ChangeApplier;
import io.policylens.documents.client.sync.DocumentSynchroniser;
import io.policylens.documents.client.sync.SyncWork;
import io.policylens.documents.contract.RemoteChange;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.policylens.claims.support.Api.PARTNER_A;
import static io.policylens.claims.support.Api.PARTNER_B;
import static io.policylens.claims.support.Api.admin;
import static io.policylens.claims.support.Api.as;
import static io.policylens.claims.support.Api.countOf;
import static io.policylens.claims.support.Briefs.dramShare;
import static io.policylens.testing.documents.ChangeDriver.throughFastPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A visibility downgrade applied by the stream's fast path ahead of extraction, in the two cases its content revision
 * alone could not cover: the content changed too (the update still waits for extraction), and an extraction prepared
 * from a snapshot before the downgrade commits after it. The test plays both consumer groups in the interleaving that
 * exposes each case: the fast path gets the records as its channel would, the regular path's work is prepared, held,
 * then committed as the change applier does.
 */
@QuarkusTest
class ScopeAheadOfExtractionTest {

    @Inject
    ChangeApplier applier;

    @Inject
    DocumentSynchroniser synchroniser;

    @Test
    void aDowngradeBehindAWaitingContentUpdateHidesTheOldClaimsAtOnce() {
        Doc doc = extractedThenRewritten("public");
        RemoteChange contentUpdate = lastChange(doc);
        throughFastPath(contentUpdate); // same scope: left to the regular path
        RemoteChange downgrade = changeVisibilityAhead(doc, "partner");

        assertThat(visibleTo(PARTNER_B, doc))
                .as("the old content's claims are hidden before any extraction")
                .isZero();
        assertThat(visibleTo(PARTNER_A, doc)).as("the owner still sees them").isPositive();
        assertThat(texts(doc))
                .as("still the old content's claims")
                .anyMatch(text -> text.contains("60 percent"))
                .noneMatch(text -> text.contains("75 percent"));
        assertProcessedRevision(doc, 1);

        // the regular path catches up: the new content's claims, in the narrow scope
        applier.apply(contentUpdate);
        applier.apply(downgrade);
        assertThat(texts(doc)).anyMatch(text -> text.contains("75 percent"))
                .noneMatch(text -> text.contains("60 percent"));
        assertOnlyTheOwnerSeesAll(doc);
        assertProcessedRevision(doc, 3);
    }

    @Test
    void aFirstExtractionPreparedBeforeTheDowngradeCommitsInTheNarrowScope() {
        Doc doc = FakeDocuments.createDramShare("Note", 60, "public");
        RemoteChange created = lastChange(doc);
        SyncWork inFlight = synchroniser.prepare(created); // extracted from the public snapshot, not committed yet

        RemoteChange downgrade = changeVisibilityAhead(doc, "partner");
        // nothing extracted yet: the document has no processed revision
        admin().get("/claims/documents/{id}/processing", doc.id).then().statusCode(404);

        commit(inFlight);
        assertThat(countOf(doc.id)).as("the held extraction is stored").isPositive();
        assertThat(visibleTo(PARTNER_B, doc))
                .as("written with the downgrade's scope, not its snapshot's")
                .isZero();
        assertThat(visibleTo(PARTNER_A, doc)).isEqualTo(countOf(doc.id));

        applier.apply(downgrade);
        assertOnlyTheOwnerSeesAll(doc);
        assertProcessedRevision(doc, 2);
    }

    @Test
    void aContentUpdateInFlightDuringTheDowngradeCommitsInTheNarrowScope() {
        Doc doc = extractedThenRewritten("public");
        RemoteChange contentUpdate = lastChange(doc);
        SyncWork inFlight = synchroniser.prepare(contentUpdate); // the new content, public, not committed yet

        RemoteChange downgrade = changeVisibilityAhead(doc, "partner");
        assertThat(visibleTo(PARTNER_B, doc))
                .as("the old content's claims are hidden at once")
                .isZero();

        commit(inFlight);
        assertThat(texts(doc)).anyMatch(text -> text.contains("75 percent"))
                .noneMatch(text -> text.contains("60 percent"));
        assertThat(visibleTo(PARTNER_B, doc))
                .as("the new content's claims come in the downgrade's scope")
                .isZero();
        assertThat(visibleTo(PARTNER_A, doc)).isEqualTo(countOf(doc.id));

        applier.apply(downgrade);
        assertOnlyTheOwnerSeesAll(doc);
        assertProcessedRevision(doc, 3);
    }

    @Test
    void aWideningBehindAWaitingContentUpdateDoesNotPublishTheOldContent() {
        Doc doc = extractedThenRewritten("partner");
        RemoteChange contentUpdate = lastChange(doc);
        RemoteChange widening = changeVisibilityAhead(doc, "public");

        assertThat(visibleTo(PARTNER_B, doc))
                .as("the old content was never public: its claims stay private")
                .isZero();
        assertThat(visibleTo(PARTNER_A, doc)).isPositive();

        applier.apply(contentUpdate);
        applier.apply(widening);
        assertThat(texts(doc)).anyMatch(text -> text.contains("75 percent"));
        assertThat(visibleTo(PARTNER_B, doc))
                .as("the new content is public")
                .isEqualTo(countOf(doc.id))
                .isPositive();
    }

    /** The document's visibility changes and the fast path applies that change ahead of extraction. */
    private RemoteChange changeVisibilityAhead(Doc doc, String visibility) {
        FakeDocuments.updateMetadata(doc, null, visibility);
        RemoteChange change = lastChange(doc);
        throughFastPath(change);
        return change;
    }

    /** Partner B sees none of the document's claims, its owner all of them (and there are some). */
    private static void assertOnlyTheOwnerSeesAll(Doc doc) {
        assertThat(visibleTo(PARTNER_B, doc)).isZero();
        assertThat(visibleTo(PARTNER_A, doc)).isEqualTo(countOf(doc.id)).isPositive();
    }

    private static void assertProcessedRevision(Doc doc, int revision) {
        admin().get("/claims/documents/{id}/processing", doc.id)
                .then()
                .statusCode(200)
                .body("revision", equalTo(revision));
    }

    /** Partner A's document at 60 percent, extracted; then its content changes to 75 percent, not extracted yet. */
    private Doc extractedThenRewritten(String visibility) {
        Doc doc =
                FakeDocuments.create(
                        "Note", dramShare(UUID.randomUUID().toString(), 60), PARTNER_A, visibility);
        applier.apply(lastChange(doc));
        assertThat(visibleTo(PARTNER_B, doc)).as("the other partner sees the claims when public")
                .isEqualTo("public".equals(visibility) ? countOf(doc.id) : 0);
        FakeDocuments.updateContent(doc, dramShare(UUID.randomUUID().toString(), 75));
        return doc;
    }

    private static RemoteChange lastChange(Doc doc) {
        List<RemoteChange> changes = FakeDocuments.changesAfter(FakeDocuments.lastSeqOf(doc) - 1);
        return changes.get(0);
    }


    /** Commits prepared work as the change applier does. */
    private static void commit(SyncWork work) {
        QuarkusTransaction.requiringNew().run(work::commit);
    }

    private static int visibleTo(String organisation, Doc doc) {
        return as(organisation, "reader")
                .queryParam("document", doc.id.toString())
                .queryParam("size", 1)
                .get("/claims")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    private static List<String> texts(Doc doc) {
        List<Map<String, Object>> items =
                admin().queryParam("document", doc.id.toString())
                        .queryParam("size", 100)
                        .get("/claims")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items");
        return items.stream().map(item -> (String) item.get("text")).toList();
    }
}
