package io.policylens.recommendations;

import io.policylens.recommendations.support.TestDocuments;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.testing.documents.DocumentsServiceStub;
import io.policylens.testing.documents.ChangeDriver;
import io.policylens.testing.EmbeddedPostgresResource;
import io.policylens.testing.DataVersionTestBase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.analystA;
import static io.policylens.recommendations.support.Api.readerA;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /internal/data-version (management port): no token needed; extraction and tracking move it,
 * reads and refused changes do not.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "recommendations"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DocumentsServiceStub.class)
class DataVersionTest extends DataVersionTestBase {

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);

    @Test
    void extractionAndTrackingMoveTheVersion() {
        FakeDocuments.INSTANCE.publish("Earlier Brief", "Test Institute", PARTNER_A, "public", TestDocuments.CHIPS);
        feed.drain();
        long before = version();
        UUID doc = FakeDocuments.INSTANCE.publish("Version Brief", "Test Institute", PARTNER_A, "public",
                        TestDocuments.CHIPS);
        feed.drain();
        long extracted = version();
        assertThat(extracted).isGreaterThan(before);

        String id = readerA()
                        .queryParam("document", doc.toString())
                        .get("/recommendations")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].id");
        assertThat(version()).isEqualTo(extracted);

        analystA().contentType(ContentType.JSON).body(Map.of("status", "under_consideration"))
                .post("/recommendations/{id}/status", id).then().statusCode(200);
        long tracked = version();
        assertThat(tracked).isGreaterThan(extracted);
        // not a status: refused, nothing written
        analystA().contentType(ContentType.JSON).body(Map.of("status", "approved"))
                .post("/recommendations/{id}/status", id).then().statusCode(400);
        assertThat(version()).isEqualTo(tracked);
    }
}
