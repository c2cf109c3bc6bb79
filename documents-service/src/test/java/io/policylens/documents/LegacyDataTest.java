package io.policylens.documents;

import io.policylens.documents.support.LegacyFixture;
import io.policylens.documents.support.FreshDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.documents.feed.ChangeEvent;
import io.policylens.documents.feed.ChangeFeed;
import io.policylens.documents.feed.ChangeKind;
import io.policylens.testing.ManagementPort;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.policylens.documents.support.Api.as;
import static io.policylens.documents.support.Api.contributorA;
import static io.policylens.documents.support.Api.readerB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Data written by the plain-JDBC version of the service reads and changes unchanged: the rows it stored
 * ({@link LegacyFixture#ROWS}) are loaded into a fresh migrated database and every recorded read
 * ({@link LegacyFixture#ANSWERS}: each document's views as the owner, another partner and an admin, listings with
 * filters, searches, the feed) must answer byte for byte what that version answered.
 */
@QuarkusTest
@TestProfile(LegacyDataTest.LegacyDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LegacyDataTest {

    public static class LegacyDatabase extends FreshDatabase {
        @Override
        public String database() {
            return "documents_legacy";
        }
    }

    private static boolean loaded;

    @Inject
    DataSource dataSource;

    @Inject
    ChangeFeed feed;

    @TestHTTPResource(value = "", management = true)
    URL management;

    private final JsonNode fixture = read(LegacyFixture.ANSWERS);

    @BeforeEach
    void loadRowsOnce() throws SQLException {
        if (!loaded) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(new String(resource(LegacyFixture.ROWS), StandardCharsets.UTF_8));
            }
            loaded = true;
        }
    }

    @Test
    @Order(1)
    void everyRecordedReadAnswersAsTheJdbcVersionDid() {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (JsonNode answer : fixture.get("answers")) {
            LegacyFixture.Request request = new ObjectMapper()
                            .convertValue(answer.get("request"), LegacyFixture.Request.class);
            Response response = request.send();
            compared++;
            if (response.statusCode() != answer.get("status").asInt()
                    || !withoutRequestId(response.asString())
                            .equals(withoutRequestId(answer.get("body").asText()))) {
                mismatches.add(request + "\n  expected " + answer.get("status") + " " + answer.get("body").asText()
                                + "\n  actual   " + response.statusCode() + " " + response.asString());
            }
        }
        assertThat(compared).isEqualTo(52);
        assertThat(mismatches).isEmpty();
    }

    @Test
    @Order(2)
    void theStoredValuesAreWhatWasWritten() {
        String chips = document(0);
        String battery = document(1);
        String partnerB = document(2);
        String deleted = document(3);
        String hydrogen = document(4);

        contributorA().get("/documents/{id}", chips).then().statusCode(200)
                .body("title", equalTo("Chip cooperation brief"))
                .body("authors", equalTo(List.of("Jane Doe", "Kim Min-jun")))
                .body("publishedDate", equalTo("2024-03-01"))
                .body("revision", equalTo(1));
        assertThat(contributorA().get("/documents/{id}/raw", chips).asString())
                .contains("(대한민국 and the US)", "Seoul’s");
        // the metadata change: new title, authors, date, no publisher, public
        readerB()
                .get("/documents/{id}", battery)
                .then()
                .statusCode(200)
                .body("title", equalTo("Battery supply chains"))
                .body("authors", equalTo(List.of("Lee Ji-eun")))
                .body("publisher", equalTo(null))
                .body("publishedDate", equalTo("2024-02-15"))
                .body("visibility", equalTo("public"))
                .body("revision", equalTo(2));
        // partner scoping and the deletion
        readerB().get("/documents/{id}", hydrogen).then().statusCode(404);
        contributorA().get("/documents/{id}", partnerB).then().statusCode(404);
        as(null, "admin").get("/documents/{id}", deleted).then().statusCode(404);
        List<String> seenByB = readerB().get("/documents").then().statusCode(200).extract().path("items.id");
        assertThat(seenByB).containsExactlyInAnyOrder(chips, battery, partnerB);
        List<String> found = readerB()
                        .queryParam("q", "semiconductor")
                        .get("/documents/search")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.id");
        assertThat(found).contains(chips, partnerB).doesNotContain(deleted, hydrogen);

        List<ChangeEvent> events = feed.after(0, 100).events();
        assertThat(events).extracting(ChangeEvent::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(events).extracting(ChangeEvent::kind).containsExactly(ChangeKind.CREATED, ChangeKind.CREATED,
                ChangeKind.UPDATED, ChangeKind.CREATED, ChangeKind.CREATED, ChangeKind.DELETED, ChangeKind.CREATED,
                ChangeKind.UPDATED, ChangeKind.UPDATED);
        assertThat(events.get(8).documentId().toString()).isEqualTo(hydrogen);
        assertThat(events.get(8).revision()).isEqualTo(3);
        assertThat(ManagementPort.dataVersion(management)).isEqualTo(9);
    }

    /**
     * The new code changes the old rows: a metadata change, a deletion, and the same content again
     * is the same document.
     */
    @Test
    @Order(3)
    void oldRowsTakeNewChanges() {
        String chips = document(0);
        String hydrogen = document(4);
        contributorA()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Chip cooperation brief, revised"))
                .patch("/documents/{id}", chips)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2));
        as(null, "admin").delete("/documents/{id}", hydrogen).then().statusCode(204);
        contributorA()
                .get("/documents/{id}", chips)
                .then()
                .statusCode(200)
                .body("title", equalTo("Chip cooperation brief, revised"))
                .body("revision", equalTo(2))
                .body("authors", equalTo(List.of("Jane Doe", "Kim Min-jun")));
        contributorA().get("/documents/{id}", hydrogen).then().statusCode(404);

        // the stored content hash still identifies the document: resubmitting its content is idempotent
        String raw = contributorA().get("/documents/{id}/raw", chips).asString();
        contributorA()
                .contentType(ContentType.JSON)
                .body(Map.of("content", raw, "format", "text"))
                .post("/documents")
                .then()
                .statusCode(200)
                .body("id", equalTo(chips));

        List<ChangeEvent> events = feed.after(9, 100).events();
        assertThat(events).extracting(ChangeEvent::seq).containsExactly(10L, 11L);
        assertThat(events).extracting(e -> e.documentId().toString()).containsExactly(chips, hydrogen);
        assertThat(events).extracting(ChangeEvent::kind).containsExactly(ChangeKind.UPDATED, ChangeKind.DELETED);
        assertThat(events).extracting(ChangeEvent::revision).containsExactly(2, 4);
        assertThat(events).allSatisfy(e -> assertThat(e.occurredAt()).isNotNull());
        assertThat(ManagementPort.dataVersion(management)).isEqualTo(11);
    }

    /** A problem's request id is new for every request. */
    private static String withoutRequestId(String body) {
        return body.replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":\"\"");
    }

    private String document(int index) {
        return fixture.get("documents").get(index).asText();
    }

    private static JsonNode read(String path) {
        try {
            return new ObjectMapper().readTree(resource(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = LegacyDataTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
