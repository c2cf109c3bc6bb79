package io.policylens.recommendations;

import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.common.problem.Problem;
import io.policylens.testing.documents.ChangeDriver;
import io.policylens.testing.documents.DocumentProcessingTestBase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.admin;
import static io.policylens.recommendations.support.Api.as;
import static io.policylens.recommendations.support.Api.readerA;
import static io.policylens.recommendations.support.Api.readerB;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * GET /recommendations/documents/{id}/processing: the revision processed, recommendations found or not, scoped like the
 * recommendations; a deleted document is nobody's, and a marker written before its scope was stored is for callers who
 * see every partner.
 */
@QuarkusTest
class DocumentProcessingTest extends DocumentProcessingTestBase {

    private static final FakeDocuments DOCUMENTS = FakeDocuments.INSTANCE;
    private static final String PATH = "/recommendations/documents/{id}/processing";
    private static final String NO_RECOMMENDATION =
            "Minutes\n\nThe committee met on Tuesday. We thank our readers.\n";

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);

    DocumentProcessingTest() {
        super("/recommendations/documents", "Recommendations",
                "INSERT INTO processed_documents (document_id, revision, "
                + "extractor_version, claims_version, content_hash) VALUES (?, 3, "
                + "'recommendations-old', 'claims-old', 'h')");
    }

    @Test
    void aProcessedDocumentWithoutRecommendationsAnswersItsRevisionToWhoMaySeeIt() {
        UUID quiet =
                DOCUMENTS.publish(
                        "Minutes", "Partner A Desk", PARTNER_A, "partner", NO_RECOMMENDATION);
        readerA().get(PATH, quiet).then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE));
        feed.drain();

        readerA()
                .queryParam("document", quiet.toString())
                .get("/recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        readerA().get(PATH, quiet).then().statusCode(200)
                .body("documentId", equalTo(quiet.toString()))
                .body("revision", equalTo(1))
                .body("processedAt", notNullValue());
        admin().get(PATH, quiet).then().statusCode(200).body("revision", equalTo(1));
        // another partner's private document answers 404, exactly like a missing one
        readerB().get(PATH, quiet).then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE));

        // made public at revision 2: the marker follows, and the other partner sees it
        DOCUMENTS.updateMetadata(quiet, "Partner A Desk", "public");
        feed.drain();
        readerB().get(PATH, quiet).then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void aDeletedDocumentIsNobodys() {
        UUID doc =
                DOCUMENTS.publish("Gone", "Partner A Desk", PARTNER_A, "public", NO_RECOMMENDATION);
        feed.drain();
        readerA().get(PATH, doc).then().statusCode(200);

        DOCUMENTS.delete(doc);
        feed.drain();
        readerA().get(PATH, doc).then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE));
        admin().get(PATH, doc).then().statusCode(404);
    }
}
