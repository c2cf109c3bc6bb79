package io.policylens.recommendations;

import io.policylens.documents.client.stream.ChangeApplier;
import io.policylens.documents.client.sync.DocumentSynchroniser;
import io.policylens.documents.client.sync.SyncWork;
import io.policylens.documents.contract.RemoteChange;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.recommendations.support.TestDocuments;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.admin;
import static io.policylens.recommendations.support.Api.readerA;
import static io.policylens.recommendations.support.Api.readerB;
import static io.policylens.testing.documents.ChangeDriver.throughFastPath;
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
    ChangeApplier applier;

    @Inject
    DocumentSynchroniser synchroniser;

    @Test
    void aDowngradeBehindAWaitingContentUpdateHidesTheOldRecommendationsAtOnce() {
        UUID doc = DOCUMENTS.publish("Iceland Note", "North Desk", PARTNER_A, "public",
                TestDocuments.brief("Iceland", "glacier"));
        applier.apply(lastChange(doc));
        assertThat(total(readerB(), doc))
                .as("public: the other partner sees the recommendation")
                .isPositive();

        DOCUMENTS.updateContent(doc, TestDocuments.brief("Iceland", "geothermal"));
        RemoteChange contentUpdate = lastChange(doc);
        throughFastPath(contentUpdate); // same scope: left to the regular path
        RemoteChange downgrade = downgradeAhead(doc, "North Desk");

        assertThat(total(readerB(), doc))
                .as("the old content's recommendations are hidden before any extraction")
                .isZero();
        assertThat(texts(doc)).as("still the old content's").anyMatch(t -> t.contains("glacier"))
                .noneMatch(t -> t.contains("geothermal"));
        assertThat(total(readerA(), doc)).isEqualTo(texts(doc).size());
        assertProcessedRevision(doc, 1);

        // the regular path catches up: the new content's recommendations, in the narrow scope
        applier.apply(contentUpdate);
        applier.apply(downgrade);
        assertThat(texts(doc))
                .anyMatch(t -> t.contains("geothermal"))
                .noneMatch(t -> t.contains("glacier"));
        assertOnlyTheOwnerSeesAll(doc);
        assertProcessedRevision(doc, 3);
    }

    @Test
    void aFirstExtractionPreparedBeforeTheDowngradeCommitsInTheNarrowScope() {
        UUID doc =
                DOCUMENTS.publish(
                        "Chile Note",
                        "South Desk",
                        PARTNER_A,
                        "public",
                        TestDocuments.brief("Chile", "lithium"));
        SyncWork inFlight = synchroniser.prepare(lastChange(doc)); // extracted from the public snapshot, not committed

        RemoteChange downgrade = downgradeAhead(doc, "South Desk");
        admin().get(PROCESSING, doc).then().statusCode(404); // nothing extracted yet

        QuarkusTransaction.requiringNew().run(inFlight::commit);
        assertThat(texts(doc)).as("the held extraction is stored").isNotEmpty();
        assertThat(total(readerB(), doc))
                .as("written with the downgrade's scope, not its snapshot's")
                .isZero();
        assertThat(total(readerA(), doc)).isEqualTo(texts(doc).size());

        applier.apply(downgrade);
        assertOnlyTheOwnerSeesAll(doc);
        assertProcessedRevision(doc, 2);
    }

    @Test
    void aContentUpdateInFlightDuringTheDowngradeCommitsInTheNarrowScope() {
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

        RemoteChange downgrade = downgradeAhead(doc, "West Desk");
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
        assertOnlyTheOwnerSeesAll(doc);
        assertProcessedRevision(doc, 3);
    }

    /** Partner A's document becomes partner-only, and the fast path applies that ahead of extraction. */
    private static RemoteChange downgradeAhead(UUID doc, String publisher) {
        DOCUMENTS.updateMetadata(doc, publisher, "partner");
        RemoteChange downgrade = lastChange(doc);
        throughFastPath(downgrade);
        return downgrade;
    }

    /** Partner B sees none of the document's recommendations, its owner all of them (and there are some). */
    private static void assertOnlyTheOwnerSeesAll(UUID doc) {
        assertThat(total(readerB(), doc)).isZero();
        assertThat(total(readerA(), doc)).isEqualTo(texts(doc).size()).isPositive();
    }

    private static void assertProcessedRevision(UUID doc, int revision) {
        admin().get(PROCESSING, doc).then().statusCode(200).body("revision", equalTo(revision));
    }

    private static RemoteChange lastChange(UUID doc) {
        return DOCUMENTS.changesAfter(DOCUMENTS.lastSeqOf(doc) - 1).get(0);
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
