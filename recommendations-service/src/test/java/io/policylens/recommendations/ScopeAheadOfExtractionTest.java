package io.policylens.recommendations;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.documents.client.feed.DocumentSynchroniser;
import io.policylens.documents.client.feed.SyncWork;
import io.policylens.documents.client.stream.ChangeApplier;
import io.policylens.documents.client.stream.ScopeFastPath;
import io.policylens.documents.contract.RemoteChange;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.policylens.recommendations.Api.PARTNER_A;
import static io.policylens.recommendations.Api.admin;
import static io.policylens.recommendations.Api.readerA;
import static io.policylens.recommendations.Api.readerB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A visibility downgrade applied by the stream's fast path ahead of extraction when the processed content revision
 * alone could not cover it: the content changed too and waits for extraction, or an extraction prepared from the
 * snapshot before the downgrade commits after it. The fast path gets the records as its channel would; the regular
 * path's work is prepared, held and committed as the change applier does, in the order that exposes each case.
 */
@QuarkusTest
class ScopeAheadOfExtractionTest {

    private static final FakeDocuments DOCUMENTS = FakeDocuments.INSTANCE;
    private static final String PROCESSING = "/recommendations/documents/{id}/processing";

    @Inject
    ScopeFastPath fastPath;

    @Inject
    ChangeApplier applier;

    @Inject
    DocumentSynchroniser synchroniser;

    @Inject
    ObjectMapper json;

    @Test
    void aDowngradeBehindAWaitingContentUpdateHidesTheOldRecommendationsAtOnce() throws Exception {
        UUID doc = DOCUMENTS.publish("Iceland Note", "North Desk", PARTNER_A, "public",
                TestDocuments.brief("Iceland", "glacier"));
        applier.apply(lastChange(doc));
        assertThat(total(readerB(), doc))
                .as("public: the other partner sees the recommendation")
                .isPositive();

        DOCUMENTS.updateContent(doc, TestDocuments.brief("Iceland", "geothermal"));
        RemoteChange contentUpdate = lastChange(doc);
        fastPath.consume(record(contentUpdate)); // same scope: left to the regular path
        DOCUMENTS.updateMetadata(doc, "North Desk", "partner");
        RemoteChange downgrade = lastChange(doc);
        fastPath.consume(record(downgrade));

        assertThat(total(readerB(), doc))
                .as("the old content's recommendations are hidden before any extraction")
                .isZero();
        assertThat(texts(doc)).as("still the old content's").anyMatch(t -> t.contains("glacier"))
                .noneMatch(t -> t.contains("geothermal"));
        assertThat(total(readerA(), doc)).isEqualTo(texts(doc).size());
        admin().get(PROCESSING, doc).then().statusCode(200).body("revision", equalTo(1));

        // the regular path catches up: the new content's recommendations, in the narrow scope
        applier.apply(contentUpdate);
        applier.apply(downgrade);
        assertThat(texts(doc))
                .anyMatch(t -> t.contains("geothermal"))
                .noneMatch(t -> t.contains("glacier"));
        assertThat(total(readerB(), doc)).isZero();
        assertThat(total(readerA(), doc)).isEqualTo(texts(doc).size());
        admin().get(PROCESSING, doc).then().statusCode(200).body("revision", equalTo(3));
    }

    @Test
    void aFirstExtractionPreparedBeforeTheDowngradeCommitsInTheNarrowScope() throws Exception {
        UUID doc =
                DOCUMENTS.publish(
                        "Chile Note",
                        "South Desk",
                        PARTNER_A,
                        "public",
                        TestDocuments.brief("Chile", "lit" + "hium"));
        SyncWork inFlight = synchroniser.prepare(lastChange(doc)); // extracted from the public snapshot, not committed

        DOCUMENTS.updateMetadata(doc, "South Desk", "partner");
        RemoteChange downgrade = lastChange(doc);
        fastPath.consume(record(downgrade));
        admin().get(PROCESSING, doc).then().statusCode(404); // nothing extracted yet

        QuarkusTransaction.requiringNew().run(inFlight::commit);
        assertThat(texts(doc)).as("the held extraction is stored").isNotEmpty();
        assertThat(total(readerB(), doc))
                .as("written with the downgrade's scope, not its snapshot's")
                .isZero();
        assertThat(total(readerA(), doc)).isEqualTo(texts(doc).size());

        applier.apply(downgrade);
        assertThat(total(readerB(), doc)).isZero();
        assertThat(total(readerA(), doc)).isEqualTo(texts(doc).size()).isPositive();
        admin().get(PROCESSING, doc).then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void aContentUpdateInFlightDuringTheDowngradeCommitsInTheNarrowScope() throws Exception {
        UUID doc =
                DOCUMENTS.publish(
                        "Peru Note",
                        "West Desk",
                        PARTNER_A,
                        "public",
                        TestDocuments.brief("Peru", "copper" + ""));
        applier.apply(lastChange(doc));
        DOCUMENTS.updateContent(doc, TestDocuments.brief("Peru", "anchovy"));
        SyncWork inFlight = synchroniser.prepare(lastChange(doc)); // the new content, public, not committed

        DOCUMENTS.updateMetadata(doc, "West Desk", "partner");
        RemoteChange downgrade = lastChange(doc);
        fastPath.consume(record(downgrade));
        assertThat(total(readerB(), doc))
                .as("the old content's recommendations are hidden at once")
                .isZero();

        QuarkusTransaction.requiringNew().run(inFlight::commit);
        assertThat(texts(doc))
                .anyMatch(t -> t.contains("anchovy"))
                .noneMatch(t -> t.contains("copper"));
        assertThat(total(readerB(), doc))
                .as("the new content comes in the downgrade's scope")
                .isZero();

        applier.apply(downgrade);
        assertThat(total(readerB(), doc)).isZero();
        assertThat(total(readerA(), doc)).isEqualTo(texts(doc).size()).isPositive();
        admin().get(PROCESSING, doc).then().statusCode(200).body("revision", equalTo(3));
    }

    private static RemoteChange lastChange(UUID doc) {
        return DOCUMENTS.changesAfter(DOCUMENTS.lastSeqOf(doc) - 1).get(0);
    }

    private ConsumerRecord<String, String> record(RemoteChange change) throws Exception {
        return new ConsumerRecord<>(
                "policylens.document-changes",
                0,
                change.seq(),
                change.documentId().toString(),
                json.writeValueAsString(change));
    }

    private static int total(RequestSpecification caller, UUID doc) {
        return caller.queryParam("document", doc.toString())
                .get("/recommendations")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    private static List<String> texts(UUID doc) {
        return admin().queryParam("document", doc.toString())
                .queryParam("size", 100)
                .get("/recommendations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.text");
    }
}
