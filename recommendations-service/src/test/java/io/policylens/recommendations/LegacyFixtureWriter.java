package io.policylens.recommendations;

import io.policylens.recommendations.support.TestDocuments;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.recommendations.support.Api;
import io.policylens.testing.documents.ChangeDriver;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.recommendations.clustering.ClusteringJob;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.policylens.recommendations.support.Api.changeStatus;
import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.PARTNER_B;
import static io.policylens.recommendations.support.Api.analystA;
import static io.policylens.recommendations.support.Api.analystB;
import static io.policylens.recommendations.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the legacy fixture {@link LegacyDataTest} reads: a few documents through the feed
 * consumer, status changes, evidence and clusters, written by whatever persistence code is current,
 * then every row of the service's tables as SQL INSERTs and the API's answers on them as JSON. Not
 * part of the normal run; on a fresh database only: {@code mvn -pl recommendations-service test
 * -Dtest=LegacyFixtureWriter -Dpolicylens.legacy.write=src/test/resources/legacy} The committed
 * fixture was written at commit 1fce88b by the plain-JDBC repositories, the ones Hibernate ORM
 * replaced; written again now it would hold what the current code writes (the fixture for a later
 * change of the persistence).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "policylens.legacy.write", matches = ".+")
class LegacyFixtureWriter {

    /**
     * In foreign-key order; the singleton clustering_state row exists after the migrations, so it
     * is upserted.
     */
    static final List<String> TABLES =
            List.of(
                    "clusters",
                    "recommendations",
                    "recommendation_status_history",
                    "evidence_links",
                    "processed_documents",
                    "stream_positions",
                    "clustering_state");

    private static final FakeDocuments DOCUMENTS = FakeDocuments.INSTANCE;

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);

    @Inject
    ClusteringJob clustering;

    @Inject
    DataSource dataSource;

    @Test
    void write() throws Exception {
        Path folder = Path.of(System.getProperty("policylens.legacy.write"));
        assertThat(count("recommendations")).as("a fresh database (run this class alone)").isZero();

        UUID chips =
                DOCUMENTS.publish(
                        "Chip Partnership Brief",
                        "Test Institute",
                        PARTNER_A,
                        "public",
                        TestDocuments.CHIPS);
        UUID hydrogen =
                DOCUMENTS.publish(
                        "Hydrogen Corridor Memo",
                        "Energy Institute",
                        PARTNER_A,
                        "public",
                        TestDocuments.HYDROGEN_1);
        DOCUMENTS.publish(
                "Clean Fuel Partnerships",
                "Pacific Forum",
                PARTNER_B,
                "public",
                TestDocuments.HYDROGEN_2);
        DOCUMENTS.publish(
                "Cable Security Note",
                "Strait Institute",
                PARTNER_A,
                "public",
                TestDocuments.CABLES_PUBLIC);
        UUID privateCables =
                DOCUMENTS.publish(
                        "Subsea Resilience",
                        "Harbour Council",
                        PARTNER_B,
                        "partner",
                        TestDocuments.CABLES_PRIVATE);
        feed.drain();
        clustering.run();

        String tracked = firstOf(chips);
        analystA()
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "status",
                                "under_consideration",
                                "note",
                                "raised at the June dialogue",
                                "date",
                                "2025-06-04"))
                .post("/recommendations/{id}/status", tracked)
                .then()
                .statusCode(200);
        changeStatus(as(null, "internal", "analyst"), Map.of("status", "adopted"), tracked)
                .statusCode(200);
        analystB()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "rejected", "note", "superseded"))
                .post("/recommendations/{id}/status", firstOf(privateCables))
                .then()
                .statusCode(200);
        // a metadata change: a second revision with the same sentences, and a publisher the clusters count
        DOCUMENTS.updateMetadata(hydrogen, "Energy Institute Asia", "public");
        feed.drain();
        clustering.run();

        Files.createDirectories(folder);
        Files.writeString(folder.resolve("recommendations-v4.sql"), dump());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode answers = json.createObjectNode();
        for (String[] call : LegacyDataTest.calls(ids("SELECT id FROM recommendations ORDER BY id"),
                ids("SELECT id FROM clusters ORDER BY id"))) {
            answers.set(call[0] + " " + call[1], LegacyDataTest.answer(call[0], call[1]));
        }
        Files.writeString(
                folder.resolve("recommendations-v4-answers.json"),
                json.writeValueAsString(answers) + "\n");
    }

    private static String firstOf(UUID document) {
        return Api.admin().queryParam("document", document.toString()).get("/recommendations")
                .then().statusCode(200).extract().path("items[0].id");
    }

    /**
     * Every row as an INSERT whose values are PostgreSQL's own literals (format %L), so the column
     * types parse them back.
     */
    private String dump() throws Exception {
        StringBuilder out =
                new StringBuilder(
                        "-- Generated by LegacyFixtureWriter (recommendations-service tests), schema V4: load into "
                        + "a\n-- freshly migrated database. Do not edit by hand.\n");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                List<String> columns = new ArrayList<>();
                try (ResultSet r =
                        s.executeQuery(
                                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND "
                                + "table_name = '"
                                        + table
                                        + "' ORDER BY ordinal_position")) {
                    while (r.next()) {
                        columns.add(r.getString(1));
                    }
                }
                String names = String.join(", ", columns);
                String conflict =
                        table.equals("clustering_state")
                                ? " ON CONFLICT (id) DO UPDATE SET ("
                                        + names
                                        + ") = ROW("
                                        + String.join(
                                                ", ",
                                                columns.stream().map(n -> "excluded." + n).toList())
                                        + ")"
                                : "";
                String format =
                        "INSERT INTO "
                                + table
                                + " ("
                                + names
                                + ") VALUES ("
                                + String.join(", ", columns.stream().map(n -> "%L").toList())
                                + ")"
                                + conflict
                                + ";";
                out.append("\n-- ").append(table).append('\n');
                try (ResultSet r =
                        s.executeQuery(
                                "SELECT format('"
                                        + format
                                        + "', "
                                        + names
                                        + ") FROM "
                                        + table
                                        + " ORDER BY 1")) {
                    while (r.next()) {
                        out.append(r.getString(1)).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private List<String> ids(String query) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private long count(String table) throws Exception {
        return ids("SELECT count(*) FROM " + table).stream().mapToLong(Long::parseLong).sum();
    }
}
