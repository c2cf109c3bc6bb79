package io.policylens.recommendations;

import io.policylens.recommendations.support.TestDocuments;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.testing.documents.ChangeDriver;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.policylens.recommendations.support.Api.changeStatus;
import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.analystA;
import static io.policylens.recommendations.support.Api.readerA;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * The earliest date Java has (a valid past date to the API) is stored as PostgreSQL's -infinity and
 * reads back the same.
 */
@QuarkusTest
class ExtremeDatesTest {

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);

    @Test
    void theEarliestEffectiveDateRoundTrips() {
        UUID document = FakeDocuments.INSTANCE.publish("Nickel Brief", "Test Institute", PARTNER_A, "public",
                        TestDocuments.brief("Chile", "nickel"));
        feed.drain();
        String id = readerA().queryParam("document", document.toString()).get("/recommendations")
                .then().statusCode(200).extract().path("items[0].id");
        changeStatus(analystA(), Map.of("status", "under_consideration", "date", "-999999999-01-01"), id)
                .statusCode(200)
                .body("status", equalTo("under_consideration"));
        readerA()
                .get("/recommendations/{id}/history", id)
                .then()
                .statusCode(200)
                .body("date", contains("-999999999-01-01"));
    }
}
