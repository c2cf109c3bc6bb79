package io.policylens.documents.client.sync;

import io.policylens.common.security.Caller;
import org.junit.jupiter.api.Test;

import static io.policylens.documents.client.sync.DocumentScope.narrowest;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentScopeTest {

    private static final DocumentScope PUBLIC_A = new DocumentScope("a", "public");
    private static final DocumentScope PRIVATE_A = new DocumentScope("a", "partner");
    private static final DocumentScope PUBLIC_B = new DocumentScope("b", "public");
    private static final DocumentScope PRIVATE_B = new DocumentScope("b", "partner");

    @Test
    void aDowngradeNarrowsTheHeldScope() {
        assertThat(narrowest(PUBLIC_A, PRIVATE_A)).isEqualTo(PRIVATE_A);
        assertThat(narrowest(PUBLIC_A, PRIVATE_B)).isEqualTo(PRIVATE_B);
        assertThat(narrowest(PUBLIC_A, PUBLIC_B)).isEqualTo(PUBLIC_B);
    }

    @Test
    void aWideningLeavesTheHeldScope() {
        assertThat(narrowest(PRIVATE_A, PUBLIC_A)).isEqualTo(PRIVATE_A);
        assertThat(narrowest(PRIVATE_A, PUBLIC_B)).isEqualTo(PRIVATE_A);
    }

    @Test
    void anotherPrivateOwnerLeavesOnlyThePlatformsStaff() {
        assertThat(narrowest(PRIVATE_A, PRIVATE_B))
                .isEqualTo(new DocumentScope(Caller.INTERNAL_ORGANISATION, "partner"));
    }

    @Test
    void anUnknownHeldScopeGivesTheNewOneAndAnUnknownVisibilityIsPrivate() {
        assertThat(narrowest(null, PRIVATE_B)).isEqualTo(PRIVATE_B);
        assertThat(narrowest(new DocumentScope(null, null), PUBLIC_B)).isEqualTo(PUBLIC_B);
        assertThat(narrowest(new DocumentScope("a", "secret"), PUBLIC_B)).isEqualTo(new DocumentScope("a", "secret"));
    }
}
