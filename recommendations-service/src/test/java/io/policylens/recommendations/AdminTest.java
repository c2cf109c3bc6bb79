package io.policylens.recommendations;

import io.policylens.recommendations.support.TestDocuments;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.common.problem.Problem;
import io.policylens.testing.documents.ChangeDriver;
import io.policylens.recommendations.clustering.ClusteringJob;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.admin;
import static io.policylens.recommendations.support.Api.analystA;
import static io.policylens.recommendations.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Feed and clustering progress, and re-extraction: administrators only. */
@QuarkusTest
class AdminTest {

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);

    @Inject
    ClusteringJob clustering;

    @Test
    void feedStatusShowsProgress() {
        FakeDocuments.INSTANCE.publish(
                "Tea", "Tea Board", PARTNER_A, "public", TestDocuments.brief("India", "tea"));
        feed.drain();
        // no broker in this test: the consumer group's lag is StreamConsumerTest's; clustering is
        // read from the database
        admin().get("/recommendations/admin/feed")
                .then()
                .statusCode(200)
                .body("consumer", equalTo("policylens-recommendations"))
                .body("clustering.pending", equalTo(true))
                .body("clustering.pendingSince", notNullValue());
        clustering.run();
        admin().get("/recommendations/admin/feed").then().statusCode(200)
                .body("clustering.pending", equalTo(false))
                .body("clustering.pendingSince", nullValue())
                .body("clustering.clusteredUpTo", equalTo((int) FakeDocuments.INSTANCE.head()))
                .body("clustering.lastClusteredAt", notNullValue())
                .body("clustering.lastDurationMs", notNullValue());
    }

    @Test
    void onlyAdministratorsOperateTheFeed() {
        analystA()
                .get("/recommendations/admin/feed")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
        analystA().post("/recommendations/admin/reextract").then().statusCode(403);
        as(null, "service").post("/recommendations/admin/reextract").then().statusCode(403);
        as(null, "service").get("/recommendations/admin/feed").then().statusCode(403);
        // admin is internal: a partner's token that holds it is refused outright
        as(PARTNER_A, "admin")
                .get("/recommendations/admin/feed")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
        given().get("/recommendations/admin/feed").then().statusCode(401);
        admin().queryParam("force", "sometimes")
                .post("/recommendations/admin/reextract")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("force"));
        admin().post("/recommendations/admin/reextract").then().statusCode(202)
                .body("consumer", equalTo("policylens-recommendations"));
    }
}
