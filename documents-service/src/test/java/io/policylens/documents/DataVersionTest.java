package io.policylens.documents;

import io.policylens.testing.DataVersionTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.policylens.documents.support.Api.PARTNER_A;
import static io.policylens.documents.support.Api.as;
import static io.policylens.documents.support.Api.contributorA;
import static io.policylens.documents.support.Api.createAsA;
import static io.policylens.documents.support.Api.readerB;
import static io.policylens.documents.support.Api.textDocument;
import static io.policylens.documents.support.Api.uniqueBrief;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /internal/data-version (management port): no token needed; every committed write moves it
 * (the feed head), reads and refusals do not.
 */
@QuarkusTest
class DataVersionTest extends DataVersionTestBase {

    @Test
    void everyWriteMovesTheVersionOnce() {
        long start = version();
        String content = uniqueBrief("Version target.");
        String id = createAsA(content, "partner");
        long created = version();
        assertThat(created).isEqualTo(start + 1);

        // the same content again is the same document: nothing written
        contributorA()
                .contentType(ContentType.JSON)
                .body(textDocument(content, "partner"))
                .post("/documents")
                .then()
                .statusCode(200);
        readerB().get("/documents/{id}", id).then().statusCode(404);
        assertThat(version()).isEqualTo(created);

        contributorA()
                .contentType(ContentType.JSON)
                .body(Map.of("visibility", "public"))
                .patch("/documents/{id}", id)
                .then()
                .statusCode(200);
        assertThat(version()).isEqualTo(created + 1);
        as(null, "admin").delete("/documents/{id}", id).then().statusCode(204);
        assertThat(version()).isEqualTo(created + 2);
    }
}
