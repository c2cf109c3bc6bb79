package io.policylens.documents;

import io.policylens.documents.support.LegacyFixture;
import io.policylens.documents.support.FreshDatabase;
import io.policylens.documents.support.Api;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.policylens.documents.support.Api.as;
import static io.policylens.documents.support.Api.contributorA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates the fixture of {@link LegacyDataTest}: writes documents through the API into a fresh
 * database (text, Markdown and HTML, public and partner, metadata and visibility changes, a
 * deletion), dumps every row as INSERT statements made by PostgreSQL itself (quote_nullable of each
 * column) and records the answers to {@link LegacyFixture#requests}. Run only on request, with the
 * version whose data is to be kept readable: {@code mvn -pl documents-service test
 * -Dtest=LegacyFixtureWriterTest
 * -Dlegacy.fixture.dir=$PWD/documents-service/src/test/resources/legacy}
 */
@QuarkusTest
@TestProfile(LegacyFixtureWriterTest.FixtureDatabase.class)
@EnabledIfSystemProperty(named = "legacy.fixture.dir", matches = ".+")
class LegacyFixtureWriterTest {

    public static class FixtureDatabase extends FreshDatabase {
        @Override
        public String database() {
            return "documents_fixture";
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void writeFixture() throws Exception {
        List<String> ids = new ArrayList<>();
        // public plain text with every metadata field, never changed
        ids.add(create(Api.PARTNER_A, Map.of("format", "text", "visibility", "public", "title",
                                "Chip cooperation brief", "authors", List.of("Jane Doe", "Kim Min-jun"), "publisher",
                                "Center for Chip Policy", "publishedDate", "2024-03-01", "sourceUrl",
                                "https://example.org/briefs/chips", "language", "en", "content",
                                """
                                Chip Cooperation Brief

                                Background

                                South Korea accounts for 20 percent of the global semiconductor market. Samsung and \
                                SK Hynix \
                                produce most of the world's memory chips, and Seoul’s exports of chips rose 5 \
                                percent in 2023.

                                Recommendations

                                – Deepen Cooperation: Washington and Seoul should coordinate export controls on \
                                semiconductors.
                                – Invest in People: Both governments should fund exchanges of engineers (대한민국 and \
                                the US).
                                """)));
        // partner Markdown, then made public with new title, authors, publisher and date (revision 2)
        ids.add(create(Api.PARTNER_A, Map.of("format", "markdown", "visibility", "partner", "title",
                                "Battery draft", "publisher", "Policy Lab", "publishedDate", "2023-11-20", "content",
                                """
                                # Battery supply chains

                                ## Findings

                                Korean battery makers supply 40 percent of US electric vehicle batteries. Lithium \
                                prices fell \
                                by half in 2023, and the supply chain for cathodes still runs through China.

                                ## Recommendations

                                - The United States should extend IRA credits to Korean battery plants.
                                - Seoul and Washington should build a critical minerals partnership under IPEF.
                                """)));
        patch(ids.get(1), Map.of("title", "Battery supply chains", "authors", List.of("Lee Ji-eun"),
                "publisher", "", "publishedDate", "2024-02-15", "visibility", "public"));
        // partner B's private HTML
        ids.add(create(Api.PARTNER_B, Map.of("format", "html", "visibility", "partner", "authors",
                                List.of("Park Seo-yeon"), "publisher", "Institute B", "publishedDate", "2024-05-02",
                                "content", "<html><head><title>AI and 5G outlook</title></head><body><nav>Home | "
                                        + "News</nav><h1>AI and 5G outlook</h1><p>The Quad launched an AI partnership "
                                        + "in 2023. Korea leads in 5G deployment with 30 million "
                                        + "subscribers.</p><h2>Recommendations</h2><ul><li>The alliance should create "
                                        + "a joint 6G research fund.</li><li>Both governments should align "
                                        + "semiconductor export controls.</li></ul><footer>Subscribe to our "
                                        + "newsletter</footer></body></html>")));
        // deleted by an admin (revision 2)
        ids.add(create(Api.PARTNER_A, Map.of("format", "text", "visibility", "public", "title",
                                "Withdrawn note", "content", "Withdrawn note\n\nThe semiconductor export figures in "
                                        + "this note were wrong by 3 percent.\n")));
        as(null, "admin").delete("/documents/{id}", ids.get(3)).then().statusCode(204);
        // partner document changed twice: made public, then partner again with a new language (revision 3)
        ids.add(create(Api.PARTNER_A, Map.of("format", "text", "visibility", "partner", "title",
                                "Hydrogen memo", "content", "Hydrogen memo\n\nKorea plans 30 hydrogen power plants by "
                                        + "2030. The supply chain for electrolysers depends on imports.\n\nSeoul "
                                        + "should co-invest with Japan in clean hydrogen.\n")));
        patch(ids.get(4), Map.of("visibility", "public"));
        patch(ids.get(4), Map.of("visibility", "partner", "language", "ko"));

        Path dir = Path.of(System.getProperty("legacy.fixture.dir"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(Path.of(LegacyFixture.ROWS).getFileName()), dump(), StandardCharsets.UTF_8);

        List<LegacyFixture.Answer> answers = new ArrayList<>();
        for (LegacyFixture.Request request : LegacyFixture.requests(ids)) {
            Response response = request.send();
            answers.add(new LegacyFixture.Answer(request, response.statusCode(), response.asString()));
        }
        assertThat(answers).extracting(LegacyFixture.Answer::status).contains(200, 404);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve(Path.of(LegacyFixture.ANSWERS).getFileName()).toFile(),
                        Map.of("documents", ids, "answers", answers));
    }

    private static String create(String organisation, Map<String, Object> body) {
        return as(organisation, "contributor")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/documents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void patch(String id, Map<String, Object> body) {
        contributorA()
                .contentType(ContentType.JSON)
                .body(body)
                .patch("/documents/{id}", id)
                .then()
                .statusCode(200);
    }

    /** Every row of the service's tables as INSERTs, rendered by PostgreSQL; generated columns are left to it. */
    private String dump() throws SQLException {
        StringBuilder out = new StringBuilder("-- Rows written by the plain-JDBC documents-service, generated by "
                + "LegacyFixtureWriterTest (see there); do not edit by hand.\n");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE 'UTC'");
            dumpTable(statement, "documents", "created_at, id", out);
            dumpTable(statement, "document_changes", "seq", out);
            try (ResultSet seq = statement.executeQuery("SELECT last_value FROM document_changes_seq")) {
                seq.next();
                out.append("SELECT setval('document_changes_seq', ")
                        .append(seq.getLong(1))
                        .append(");\n");
            }
        }
        return out.toString();
    }

    private static void dumpTable(Statement statement, String table, String order, StringBuilder out)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(
                        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                + "current_schema() AND table_name = '" + table
                                + "' AND is_generated = 'NEVER' ORDER BY ordinal_position")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        String names = String.join(", ", columns);
        String values = String.join(" || ', ' || ", columns.stream().map(c -> "quote_nullable(" + c + ")").toList());
        try (ResultSet rs = statement.executeQuery("SELECT 'INSERT INTO " + table + " (" + names + ") VALUES (' || "
                                + values + " || ');' FROM " + table + " ORDER BY " + order)) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
    }
}
