package io.policylens.documents;

import io.policylens.common.problem.Problem;
import io.policylens.common.security.Caller;
import io.policylens.documents.feed.ChangeEvent;
import io.policylens.documents.feed.ChangeFeed;
import io.policylens.documents.feed.ChangeFeedPage;
import io.policylens.documents.feed.ChangeKind;
import io.policylens.documents.repository.DocumentEntity;
import io.policylens.documents.repository.DocumentRepository;
import io.policylens.documents.repository.StoredAnalysis;
import io.policylens.documents.service.DocumentService;
import io.policylens.documents.service.NewDocument;
import io.policylens.documents.text.ContentFormat;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.policylens.documents.support.Api.PARTNER_A;
import static io.policylens.documents.support.Api.as;
import static io.policylens.documents.support.Api.createAsA;
import static io.policylens.documents.support.Api.createRetitleAndDelete;
import static io.policylens.documents.support.Api.uniqueBrief;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ChangeFeedTest {

    @Inject
    ChangeFeed feed;

    @Inject
    DocumentRepository repository;

    @Inject
    DocumentService documents;

    @Test
    void recordsCreatedUpdatedAndDeletedInOrder() {
        long cursor = head();
        String id = createRetitleAndDelete("Feed order.");

        List<Map<String, Object>> events =
                as(null, "service")
                        .queryParam("after", cursor)
                        .get("/documents/changes")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("events");
        List<Map<String, Object>> mine =
                events.stream().filter(e -> id.equals(e.get("documentId"))).toList();
        assertThat(mine)
                .extracting(e -> e.get("kind"))
                .containsExactly("created", "updated", "deleted");
        assertThat(mine).extracting(e -> e.get("revision")).containsExactly(1, 2, 3);
        assertThat(mine).allSatisfy(e -> assertThat(e.get("ownerOrg")).isEqualTo(PARTNER_A));
    }

    @Test
    void cursorAndLimitPage() {
        long cursor = head();
        createAsA(uniqueBrief("Page one."), "public");
        createAsA(uniqueBrief("Page two."), "public");
        as(null, "service")
                .queryParam("after", cursor)
                .queryParam("limit", 1)
                .get("/documents/changes")
                .then()
                .statusCode(200)
                .body("events.size()", equalTo(1))
                .body("hasMore", equalTo(true));
    }

    @Test
    void aBadCursorOrLimitIsAProblem() {
        for (Map<String, Object> bad :
                List.<Map<String, Object>>of(
                        Map.of("after", -1), Map.of("limit", 0), Map.of("limit", 1001))) {
            as(null, "admin").queryParams(bad).get("/documents/changes").then().statusCode(400)
                    .contentType(startsWith(Problem.MEDIA_TYPE));
        }
    }

    @Test
    void onlyServiceAndAdminReadTheFeed() {
        as(PARTNER_A, "analyst").get("/documents/changes").then().statusCode(403);
        as(null, "admin").get("/documents/changes").then().statusCode(200);
    }

    /**
     * The classic trap: transaction A takes the next seq and commits late, B takes a later seq and
     * commits first. A consumer must never see B's event while A's is still invisible.
     */
    @Test
    void aLateCommitNeverLetsAConsumerSkipAnEvent() throws Exception {
        long cursor = head();
        CountDownLatch appendedA = new CountDownLatch(1);
        CountDownLatch releaseA = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                DocumentEntity document = bareDocument();
                repository.insert(document);
                feed.append(document, ChangeKind.CREATED);
                appendedA.countDown();
                await(releaseA);
            }));
            assertThat(appendedA.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> b = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                DocumentEntity document = bareDocument();
                repository.insert(document);
                feed.append(document, ChangeKind.CREATED);
            }));

            Thread.sleep(500);
            // B waits for A's commit, and nothing is visible to a consumer yet
            assertThat(b.isDone()).isFalse();
            assertThat(feed.after(cursor, 100).events()).isEmpty();

            releaseA.countDown();
            a.get(10, TimeUnit.SECONDS);
            b.get(10, TimeUnit.SECONDS);
            List<ChangeEvent> events = feed.after(cursor, 100).events();
            assertThat(events).hasSize(2);
            assertThat(events.get(1).seq()).isGreaterThan(events.get(0).seq());
        } finally {
            releaseA.countDown();
            pool.shutdownNow();
        }
    }

    /** Many concurrent writers, one polling consumer: every event arrives exactly once, in seq order. */
    @Test
    void concurrentIngestionNeverLosesOrDuplicatesEvents() throws Exception {
        long cursor = head();
        int writers = 4;
        int perWriter = 15;
        Set<UUID> written = ConcurrentHashMap.newKeySet();
        AtomicBoolean done = new AtomicBoolean(false);
        List<ChangeEvent> consumed = new ArrayList<>();
        CompletableFuture<Void> consumer = CompletableFuture.runAsync(() -> {
            long position = cursor;
            while (true) {
                boolean finished = done.get();
                ChangeFeedPage page = feed.after(position, 7);
                for (ChangeEvent event : page.events()) {
                    assertThat(event.seq()).isGreaterThan(position);
                    position = event.seq();
                    consumed.add(event);
                }
                if (finished && page.events().isEmpty()) {
                    return;
                }
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                futures.add(
                        pool.submit(
                                () -> {
                                    Caller caller =
                                            new Caller(
                                                    "writer",
                                                    "partner-c",
                                                    Set.of("contributor", "reader"));
                                    for (int i = 0; i < perWriter; i++) {
                                        var result =
                                                documents.ingest(
                                                        new NewDocument(
                                                                uniqueBrief(
                                                                        "Concurrent "
                                                                                + UUID
                                                                                        .randomUUID()),
                                                                ContentFormat.TEXT,
                                                                null,
                                                                null,
                                                                null,
                                                                null,
                                                                null,
                                                                null,
                                                                null),
                                                        caller);
                                        written.add(result.document().id);
                                    }
                                }));
            }
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        done.set(true);
        consumer.get(60, TimeUnit.SECONDS);

        Set<UUID> seen = new HashSet<>();
        for (ChangeEvent event : consumed) {
            if (written.contains(event.documentId())) {
                assertThat(seen.add(event.documentId()))
                        .as("duplicate event for %s", event.documentId())
                        .isTrue();
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(written);
        assertThat(written).hasSize(writers * perWriter);
    }

    private long head() {
        long position = 0;
        ChangeFeedPage page;
        do {
            page = feed.after(position, 1000);
            position = page.nextCursor();
        } while (page.hasMore());
        return position;
    }

    private static DocumentEntity bareDocument() {
        DocumentEntity d = new DocumentEntity();
        d.id = UUID.randomUUID();
        d.ownerOrg = "partner-feed";
        d.visibility = "partner";
        d.title = "Feed test";
        d.authors = List.of();
        d.language = "en";
        d.contentFormat = "text";
        d.contentHash = UUID.randomUUID().toString();
        d.rawContent = "x";
        d.text = "x";
        d.analysis = new StoredAnalysis(List.of(), List.of(), List.of(), Map.of());
        d.topics = List.of();
        d.entities = List.of();
        d.pipelineVersion = "test";
        d.revision = 1;
        d.createdBy = "test";
        d.createdAt = OffsetDateTime.now();
        d.updatedAt = d.createdAt;
        return d;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
