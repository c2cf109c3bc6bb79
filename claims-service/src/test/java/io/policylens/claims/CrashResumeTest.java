package io.policylens.claims;

import io.policylens.testing.documents.ChangeDriver;
import io.policylens.claims.support.CrashSwitch;
import io.policylens.claims.support.FakeDocuments;
import io.policylens.claims.support.FakeDocuments.Doc;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.policylens.claims.support.Api.claimsOf;
import static io.policylens.claims.support.Api.countOf;
import static io.policylens.claims.support.Briefs.expected;
import static io.policylens.claims.support.Briefs.expectedIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The consumer fails in the middle of a batch, then resumes: the cursor stays at the last committed
 * change, nothing of the failed change is left behind, and after recovery every claim exists exactly once.
 */
@QuarkusTest
class CrashResumeTest {

    final ChangeDriver follower = new ChangeDriver(FakeDocuments::changesAfter);

    @Inject
    CrashSwitch crashSwitch;

    @BeforeEach
    void caughtUp() {
        follower.drain();
    }

    @Test
    void documentsServiceFailingMidBatchStopsTheCursorAndRecoveryLosesNothing() {
        Doc first = FakeDocuments.createChips("First", "partner");
        Doc broken = FakeDocuments.createDramShare("Broken", 61, "partner");
        Doc third = FakeDocuments.createDramShare("Third", 62, "public");
        FakeDocuments.failSentences(broken, true);
        try {
            assertThatThrownBy(follower::drain).isInstanceOf(RuntimeException.class);

            assertThat(follower.position()).isEqualTo(FakeDocuments.lastSeqOf(first));
            assertThat(countOf(first.id)).isEqualTo(expected(first).size()).isPositive();
            assertThat(countOf(broken.id)).isZero();
            assertThat(countOf(third.id)).isZero();

            // still failing: a retry neither moves the cursor nor duplicates the first document's claims
            assertThatThrownBy(follower::drain).isInstanceOf(RuntimeException.class);
            assertThat(follower.position()).isEqualTo(FakeDocuments.lastSeqOf(first));
            assertThat(countOf(first.id)).isEqualTo(expected(first).size());
        } finally {
            FakeDocuments.failSentences(broken, false);
        }

        assertThat(follower.drain()).isEqualTo(2);
        assertThat(follower.position()).isEqualTo(FakeDocuments.head());
        for (Doc doc : List.of(first, broken, third)) {
            assertExactlyExpected(doc);
        }
        assertThat(follower.drain()).isZero();
    }

    @Test
    void aCommitThatDiesAfterWritingLeavesNoTraceAndIsRedone() {
        Doc before = FakeDocuments.createDramShare("Before", 63, "partner");
        Doc crashing = FakeDocuments.createChips("Crashing", "partner");
        Doc after = FakeDocuments.createDramShare("After", 64, "partner");
        crashSwitch.crashAfterWriting(crashing.id);
        try {
            assertThatThrownBy(follower::drain).hasMessageContaining("simulated crash");
            assertThat(follower.position()).isEqualTo(FakeDocuments.lastSeqOf(before));
            assertExactlyExpected(before);
            // the claims were written inside the failed transaction: rolled back with it
            assertThat(countOf(crashing.id)).isZero();
            assertThat(countOf(after.id)).isZero();
        } finally {
            crashSwitch.off();
        }

        assertThat(follower.drain()).isEqualTo(2);
        for (Doc doc : List.of(before, crashing, after)) {
            assertExactlyExpected(doc);
        }
    }

    /** Every expected claim is there once: same count, same ids, no extra row. */
    private static void assertExactlyExpected(Doc doc) {
        List<Map<String, Object>> stored = claimsOf(doc.id);
        assertThat(stored).hasSize(expected(doc).size());
        assertThat(stored.stream().map(c -> (String) c.get("id")).collect(Collectors.toList()))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expectedIds(doc));
    }
}
