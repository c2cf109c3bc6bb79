package io.policylens.recommendations;

import io.policylens.recommendations.support.TestSql;
import io.policylens.recommendations.support.TestDocuments;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.testing.documents.ChangeDriver;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.policylens.recommendations.support.Api.PARTNER_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A failure in the middle of a batch: nothing is lost, nothing is applied twice. */
@QuarkusTest
class CrashResumeTest {

    private static final FakeDocuments DOCUMENTS = FakeDocuments.INSTANCE;

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);


    @Test
    void failureMidBatchLeavesCursorAtLastCommittedChangeAndRecoveryAppliesEachOnce() {
        feed.drain();
        UUID first =
                DOCUMENTS.publish(
                        "Salmon",
                        "Ocean Lab",
                        PARTNER_A,
                        "public",
                        TestDocuments.brief("Norway", "salmon"));
        UUID second =
                DOCUMENTS.publish(
                        "Solar",
                        "Sun Lab",
                        PARTNER_A,
                        "partner",
                        TestDocuments.brief("Spain", "solar"));
        UUID third =
                DOCUMENTS.publish(
                        "Wheat",
                        "Grain Lab",
                        PARTNER_A,
                        "public",
                        TestDocuments.brief("Kenya", "wheat"));
        // the first two changes arrive in one batch (batch size 2); the second one fails
        DOCUMENTS.failSentencesOf(second);
        try {
            assertThatThrownBy(feed::drain).isInstanceOf(RuntimeException.class);
            assertThat(feed.position()).isEqualTo(DOCUMENTS.lastSeqOf(first));
            assertThat(recommendationsOf(first)).isEqualTo(1);
            assertThat(recommendationsOf(second)).isZero();
            assertThat(recommendationsOf(third)).isZero();
        } finally {
            DOCUMENTS.heal();
        }

        assertThat(feed.drain()).isEqualTo(2);
        assertThat(feed.position()).isEqualTo(DOCUMENTS.head());
        assertThat(feed.drain()).isZero();
        for (UUID doc : List.of(first, second, third)) {
            assertThat(recommendationsOf(doc)).isEqualTo(1);
        }
        // a replay after recovery (at-least-once delivery) still leaves each recommendation once
        feed.rewind();
        feed.drain();
        for (UUID doc : List.of(first, second, third)) {
            assertThat(recommendationsOf(doc)).isEqualTo(1);
            assertThat(
                            count(
                                    "SELECT count(*) FROM processed_documents WHERE document_id = '"
                                            + doc
                                            + "'"))
                    .isEqualTo(1);
        }
    }

    private long recommendationsOf(UUID doc) {
        return count("SELECT count(*) FROM recommendations WHERE document_id = '" + doc + "'");
    }

    private long count(String sql) {
        return TestSql.longValue(sql);
    }
}
