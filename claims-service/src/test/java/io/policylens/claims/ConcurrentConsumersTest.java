package io.policylens.claims;

import io.policylens.claims.repository.ProcessedDocumentRepository;
import io.policylens.claims.support.FakeDocuments;
import io.policylens.claims.support.FakeDocuments.Doc;
import io.policylens.claims.sync.ClaimsSynchroniser;
import io.policylens.claims.sync.ConcurrentSyncException;
import io.policylens.documents.client.sync.SyncWork;
import io.policylens.documents.contract.RemoteChange;
import io.policylens.testing.documents.ChangeDriver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.policylens.claims.support.Api.claimsOf;
import static io.policylens.claims.support.Briefs.expectedIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two consumers (replicas during a rebalance, or the regular path racing a re-extraction) preparing
 * the same document: the commit re-checks the document's marker under a lock, so a stale
 * preparation never overwrites newer data.
 */
@QuarkusTest
class ConcurrentConsumersTest {

    @Inject
    ClaimsSynchroniser synchroniser;

    final ChangeDriver follower = new ChangeDriver(FakeDocuments::changesAfter);

    @Inject
    ProcessedDocumentRepository markers;

    @BeforeEach
    void caughtUp() {
        follower.drain();
    }

    @Test
    void aSecondCommitOfTheSameRevisionChangesNothing() {
        Doc doc = FakeDocuments.createChips("Twice", "partner");
        RemoteChange created = change(doc, "created");
        SyncWork first = synchroniser.prepare(created);
        SyncWork second = synchroniser.prepare(created);
        QuarkusTransaction.requiringNew().run(first::commit);
        List<Map<String, Object>> stored = claimsOf(doc.id);

        QuarkusTransaction.requiringNew().run(second::commit);

        assertThat(claimsOf(doc.id)).isEqualTo(stored);
        assertThat(stored)
                .extracting(c -> (String) c.get("id"))
                .containsExactlyInAnyOrderElementsOf(expectedIds(doc));
        follower.drain();
        assertThat(claimsOf(doc.id)).isEqualTo(stored);
    }

    @Test
    void aPreparationOvertakenByAForcedReExtractionIsRetriedNotApplied() {
        Doc doc = FakeDocuments.createChips("Overtaken", "partner");
        follower.drain();
        FakeDocuments.updateMetadata(doc, "Renamed", "public");
        SyncWork metadataOnly = synchroniser.prepare(change(doc, "updated"));
        QuarkusTransaction.requiringNew().run(markers::forgetLive);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(metadataOnly::commit))
                .isInstanceOf(ConcurrentSyncException.class);

        // the retry prepares it again from the new state: the document is re-extracted, renamed and public
        follower.drain();
        assertThat(claimsOf(doc.id)).isNotEmpty().allSatisfy(c -> assertThat(c.get("document"))
                .isInstanceOfSatisfying(Map.class, d -> {
                    assertThat(d.get("title")).isEqualTo("Renamed");
                    assertThat(d.get("visibility")).isEqualTo("public");
                }));
    }

    private static RemoteChange change(Doc doc, String kind) {
        return new RemoteChange(
                FakeDocuments.lastSeqOf(doc),
                doc.id,
                doc.revision,
                kind,
                doc.ownerOrg,
                doc.visibility);
    }
}
