package io.policylens.documents.client.stream;

import io.policylens.documents.client.sync.ProcessingMarker;
import io.policylens.documents.contract.RemoteChange;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeRuleTest {

    private static final UUID DOCUMENT = UUID.randomUUID();

    private static RemoteChange change(int revision, String kind, String owner, String visibility) {
        return new RemoteChange(7, DOCUMENT, revision, kind, owner, visibility);
    }

    private static Optional<ProcessingMarker> marker(int revision, boolean deleted, String owner, String visibility) {
        return Optional.of(new ProcessingMarker(revision, deleted, owner, visibility, OffsetDateTime.now()));
    }

    @Test
    void deletionsAreUrgentUnlessAlreadyApplied() {
        assertThat(ScopeRule.isUrgent(change(3, "deleted", "a", "public"), marker(2, false, "a", "public"))).isTrue();
        assertThat(ScopeRule.isUrgent(change(3, "deleted", "a", "public"), Optional.empty())).isTrue();
        assertThat(ScopeRule.isUrgent(change(3, "deleted", "a", "public"), marker(3, true, null, null))).isFalse();
    }

    @Test
    void aNewerRevisionWithAnotherOwnerOrVisibilityIsUrgent() {
        assertThat(ScopeRule.isUrgent(change(2, "updated", "a", "partner"), marker(1, false, "a", "public"))).isTrue();
        assertThat(ScopeRule.isUrgent(change(2, "updated", "b", "public"), marker(1, false, "a", "public"))).isTrue();
    }

    @Test
    void anUpdateOfADocumentWithoutMarkerIsUrgentItsFirstExtractionMayBeInFlight() {
        assertThat(ScopeRule.isUrgent(change(2, "updated", "a", "partner"), Optional.empty())).isTrue();
    }

    @Test
    void aScopeAppliedAheadOfExtractionCountsAsTheMarkersScope() {
        // content processed at 1, scope of revision 3 applied by the fast path: revision 3 is no news, 4 is
        Optional<ProcessingMarker> ahead = Optional.of(
                new ProcessingMarker(1, false, "a", "partner", OffsetDateTime.now(), 3));
        assertThat(ScopeRule.isUrgent(change(3, "updated", "a", "partner"), ahead)).isFalse();
        assertThat(ScopeRule.isUrgent(change(4, "updated", "a", "partner"), ahead)).isFalse();
        assertThat(ScopeRule.isUrgent(change(4, "updated", "b", "partner"), ahead)).isTrue();
        assertThat(ScopeRule.isUrgent(change(2, "updated", "a", "public"), ahead)).isFalse();
    }

    @Test
    void sameScopeOldRevisionsAndNewDocumentsAreLeftToTheRegularPath() {
        assertThat(ScopeRule.isUrgent(change(2, "updated", "a", "public"), marker(1, false, "a", "public"))).isFalse();
        assertThat(ScopeRule.isUrgent(change(2, "updated", "a", "partner"), marker(2, false, "a", "public"))).isFalse();
        assertThat(ScopeRule.isUrgent(change(1, "created", "a", "public"), Optional.empty())).isFalse();
        assertThat(ScopeRule.isUrgent(change(4, "updated", "a", "partner"), marker(3, true, null, null))).isFalse();
    }
}
