package io.policylens.claims;

import io.policylens.testing.documents.ChangeDriver;
import io.policylens.testing.documents.DocumentProcessingTestBase;
import io.policylens.claims.support.FakeDocuments;
import io.policylens.claims.support.FakeDocuments.Doc;
import io.policylens.common.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.policylens.claims.support.Api.PARTNER_A;
import static io.policylens.claims.support.Api.PARTNER_B;
import static io.policylens.claims.support.Api.admin;
import static io.policylens.claims.support.Api.as;
import static io.policylens.claims.support.Api.countOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * GET /claims/documents/{id}/processing: the revision processed, claims found or not, scoped like the claims; a deleted
 * document is nobody's, and a marker written before its scope was stored is for callers who see every partner.
 */
@QuarkusTest
class DocumentProcessingTest extends DocumentProcessingTestBase {

    private static final String PATH = "/claims/documents/{id}/processing";

    final ChangeDriver follower = new ChangeDriver(FakeDocuments::changesAfter);

    DocumentProcessingTest() {
        super("/claims/documents", "Claims",
                "INSERT INTO processed_documents (document_id, revision, "
                + "extractor_version, fingerprint, deleted) VALUES (?, 3, "
                + "'claims-old', 'f', false)");
    }

    @Test
    void aProcessedDocumentWithoutClaimsAnswersItsRevisionToWhoMaySeeIt() {
        Doc quiet =
                FakeDocuments.create(
                        "Minutes",
                        "Minutes " + UUID.randomUUID() + "\n\nWe thank our readers." + "\n",
                        PARTNER_A,
                        "partner");
        as(PARTNER_A, "reader")
                .get(PATH, quiet.id)
                .then()
                .statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        follower.drain();

        org.assertj.core.api.Assertions.assertThat(countOf(quiet.id)).isZero();
        as(PARTNER_A, "reader").get(PATH, quiet.id).then().statusCode(200)
                .body("documentId", equalTo(quiet.id.toString()))
                .body("revision", equalTo(1))
                .body("processedAt", notNullValue());
        admin().get(PATH, quiet.id).then().statusCode(200).body("revision", equalTo(1));
        // another partner's private document answers 404, exactly like a missing one
        as(PARTNER_B, "reader")
                .get(PATH, quiet.id)
                .then()
                .statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));

        // made public at revision 2: the marker follows, and the other partner sees it
        FakeDocuments.updateMetadata(quiet, null, "public");
        follower.drain();
        as(PARTNER_B, "reader")
                .get(PATH, quiet.id)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2));
    }

    @Test
    void aDeletedDocumentIsNobodys() {
        Doc doc =
                FakeDocuments.create(
                        "Gone",
                        "Gone " + UUID.randomUUID() + "\n\nWe thank our readers.\n",
                        PARTNER_A,
                        "public");
        follower.drain();
        as(PARTNER_A, "reader").get(PATH, doc.id).then().statusCode(200);

        FakeDocuments.delete(doc);
        follower.drain();
        as(PARTNER_A, "reader")
                .get(PATH, doc.id)
                .then()
                .statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        admin().get(PATH, doc.id).then().statusCode(404);
    }
}
