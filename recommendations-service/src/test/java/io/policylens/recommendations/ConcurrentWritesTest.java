package io.policylens.recommendations;

import io.policylens.recommendations.support.TestDocuments;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.testing.documents.ChangeDriver;
import io.policylens.common.security.Caller;
import io.policylens.recommendations.repository.RecommendationEntity;
import io.policylens.recommendations.repository.RecommendationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.analystA;
import static io.policylens.recommendations.support.Api.readerA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The two writers of a recommendation row: neither loses the other's change, and status changes
 * queue on the row lock.
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static final FakeDocuments DOCUMENTS = FakeDocuments.INSTANCE;

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);

    @Inject
    RecommendationRepository recommendations;

    @Test
    void aStatusChangeCommittedWhileTheConsumerRewritesTheRowStays() {
        UUID document = publish("Copper");
        String id = firstOf(document);
        QuarkusTransaction.requiringNew().run(() -> {
            // the consumer read the row before the status change and writes its columns after it committed
            RecommendationEntity stored = recommendations.ofDocument(document).get(0);
            stored.documentTitle = "Copper Brief, second edition";
            stored.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            changeStatus(id).then().statusCode(200);
        });
        readerA()
                .get("/recommendations/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("under_consideration"))
                .body("documentTitle", equalTo("Copper Brief, second edition"));
    }

    @Test
    void aStatusChangeWaitsForTheRowLockOfAnother() throws Exception {
        UUID document = publish("Cobalt");
        String id = firstOf(document);
        Caller analyst = new Caller("user-analyst", PARTNER_A, Set.of("analyst", "reader"));
        CompletableFuture<Integer> second = QuarkusTransaction.requiringNew().call(() -> {
            assertThat(recommendations.findVisibleForUpdate(UUID.fromString(id), analyst)).isPresent();
            CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> changeStatus(id).statusCode());
            Thread.sleep(1500);
            assertThat(waiting).as("blocked by the first transaction's row lock").isNotDone();
            return waiting;
        });
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(200);
    }

    private UUID publish(String subject) {
        UUID document = DOCUMENTS.publish(subject + " Brief", "Test Institute", PARTNER_A, "public",
                        TestDocuments.brief("Chile", subject.toLowerCase()));
        feed.drain();
        return document;
    }

    private static String firstOf(UUID document) {
        return readerA().queryParam("document", document.toString()).get("/recommendations")
                .then().statusCode(200).extract().path("items[0].id");
    }

    private static io.restassured.response.Response changeStatus(String id) {
        return analystA()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "under_consideration"))
                .post("/recommendations/{id}/status", id);
    }
}
