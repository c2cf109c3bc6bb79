package io.policylens.documents.client.sync;

import io.policylens.common.security.Caller;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may learn that a document was processed: the items' partner scoping, tightened for deleted and unscoped markers.
 */
class ProcessingMarkerTest {

    private static final Caller READER_A = new Caller("a", "partner-a", Set.of("reader"));
    private static final Caller READER_B = new Caller("b", "partner-b", Set.of("reader"));
    private static final Caller ADMIN = new Caller("admin", null, Set.of("admin"));
    private static final Caller SERVICE = new Caller("svc", null, Set.of("service"));
    private static final Caller INTERNAL_ANALYST = new Caller("staff", null, Set.of("internal", "analyst"));

    private static ProcessingMarker marker(boolean deleted, String ownerOrg, String visibility) {
        return new ProcessingMarker(2, deleted, ownerOrg, visibility, OffsetDateTime.parse("2026-11-24T09:00:00Z"));
    }

    @Test
    void aPrivateDocumentIsItsOwnersAndTheAdministrators() {
        ProcessingMarker marker = marker(false, "partner-a", "partner");
        assertThat(marker.visibleTo(READER_A)).isTrue();
        assertThat(marker.visibleTo(ADMIN)).isTrue();
        assertThat(marker.visibleTo(READER_B)).isFalse();
        assertThat(marker.visibleTo(INTERNAL_ANALYST)).isFalse();
    }

    @Test
    void aPublicDocumentIsEverybodys() {
        assertThat(marker(false, "partner-a", "public").visibleTo(READER_B)).isTrue();
    }

    @Test
    void aDeletedDocumentIsNobodys() {
        ProcessingMarker marker = marker(true, "partner-a", "public");
        assertThat(marker.visibleTo(READER_A)).isFalse();
        assertThat(marker.visibleTo(ADMIN)).isFalse();
    }

    @Test
    void aMarkerWithoutScopeIsForCallersWhoSeeEveryPartner() {
        for (ProcessingMarker unscoped : new ProcessingMarker[]{marker(false, null, null),
                marker(false, "partner-a", null), marker(false, null, "public")}) {
            assertThat(unscoped.visibleTo(ADMIN)).isTrue();
            assertThat(unscoped.visibleTo(SERVICE)).isTrue();
            assertThat(unscoped.visibleTo(READER_A)).isFalse();
            assertThat(unscoped.visibleTo(INTERNAL_ANALYST)).isFalse();
        }
    }

    @Test
    void anUnknownVisibilityIsTheMostRestrictive() {
        ProcessingMarker marker = marker(false, "partner-a", "everyone");
        assertThat(marker.visibleTo(READER_A)).isTrue();
        assertThat(marker.visibleTo(READER_B)).isFalse();
    }
}
