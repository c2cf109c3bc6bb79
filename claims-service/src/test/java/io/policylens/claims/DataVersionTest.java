package io.policylens.claims;

import io.policylens.testing.documents.ChangeDriver;
import io.policylens.claims.support.FakeDocuments;
import io.policylens.claims.support.FakeDocuments.Doc;
import io.policylens.testing.DataVersionTestBase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.policylens.claims.support.Api.PARTNER_A;
import static io.policylens.claims.support.Api.review;
import static io.policylens.claims.support.Api.as;
import static io.policylens.claims.support.Api.claimsOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /internal/data-version (management port): no token needed, moves with every committed change
 * callers can read, and only then.
 */
@QuarkusTest
class DataVersionTest extends DataVersionTestBase {

    final ChangeDriver follower = new ChangeDriver(FakeDocuments::changesAfter);

    @Test
    void extractionAndReviewsMoveTheVersionAndReadsDoNot() {
        FakeDocuments.createChips("Earlier Brief", "public");
        follower.drain();
        long before = version();
        assertThat(version()).isEqualTo(before);

        Doc doc = FakeDocuments.createChips("Version Brief", "public");
        follower.drain();
        long extracted = version();
        assertThat(extracted).isGreaterThan(before);

        as(PARTNER_A, "reader")
                .queryParam("document", doc.id.toString())
                .get("/claims")
                .then()
                .statusCode(200);
        follower.drain(); // nothing new in the feed: no write
        assertThat(version()).isEqualTo(extracted);

        String claim = (String) claimsOf(doc.id).get(0).get("id");
        review(PARTNER_A, "analyst", Map.of("status", "verified", "note", "checked"), claim)
                .statusCode(200);
        long reviewed = version();
        assertThat(reviewed).isEqualTo(extracted + 1); // one transaction, one step, however many statements

        // a rejected review writes nothing
        review(PARTNER_A, "analyst", Map.of("status", "maybe"), claim).statusCode(400);
        assertThat(version()).isEqualTo(reviewed);
    }
}
