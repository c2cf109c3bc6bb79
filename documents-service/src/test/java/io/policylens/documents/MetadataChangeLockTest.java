package io.policylens.documents;

import io.policylens.documents.support.Api;
import io.policylens.common.security.Caller;
import io.policylens.documents.repository.DocumentRepository;
import io.policylens.documents.service.DocumentService;
import io.policylens.documents.service.MetadataChange;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.policylens.documents.support.Api.createAsA;
import static io.policylens.documents.support.Api.uniqueBrief;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A metadata change locks the document's row: a second change waits for the first to commit and
 * takes the next revision.
 */
@QuarkusTest
class MetadataChangeLockTest {

    @Inject
    DocumentRepository repository;

    @Inject
    DocumentService documents;

    @Test
    void aSecondChangeWaitsForTheFirst() throws Exception {
        UUID id = UUID.fromString(createAsA(uniqueBrief("Row lock."), "partner"));
        Caller owner = new Caller("user-contributor", Api.PARTNER_A, Set.of("contributor", "reader"));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                assertThat(repository.findLiveForUpdate(id)).isPresent();
                locked.countDown();
                await(release);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Integer> second = pool.submit(() ->
                                    documents.update(id, new MetadataChange("Second", null, null, null, null, null,
                                                            null), owner)
                                            .revision);

            Thread.sleep(500);
            assertThat(second.isDone()).as("the second change waits for the row").isFalse();
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
