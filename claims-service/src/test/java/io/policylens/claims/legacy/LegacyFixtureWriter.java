package io.policylens.claims.legacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.claims.support.FakeDocumentsService;
import io.policylens.claims.support.FakeDocumentsService.Doc;
import io.policylens.documents.client.feed.FeedFollower;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
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

import static io.policylens.claims.support.Api.PARTNER_A;
import static io.policylens.claims.support.Api.PARTNER_B;
import static io.policylens.claims.support.Api.as;
import static io.policylens.claims.support.Api.claimsOf;
import static io.policylens.claims.support.Briefs.dramShare;
import static io.policylens.claims.support.Briefs.memoryChips;

/**
 * Writes the legacy fixture with the JDBC version of the repositories (run on demand, at the commit before the switch
 * to Hibernate ORM): documents go through the real feed consumer, reviews through the API, then every row of the
 * service's tables is dumped as INSERT statements (legacy/claims-jdbc.sql) and the API's answers to a set of reads are
 * recorded (legacy/claims-jdbc-answers.json).
 * <pre>mvn -pl claims-service test -Dtest=LegacyFixtureWriter -Dlegacy.fixture.write=true</pre>
 */
@QuarkusTest
@TestProfile(LegacyDatabase.class)
@EnabledIfSystemProperty(named = "legacy.fixture.write", matches = "true")
class LegacyFixtureWriter {

    /** Child tables after their parents' order does not matter (no foreign keys); the primary key orders rows. */
    private static final Map<String, String> TABLES = Map.of("processed_documents", "document_id", "claims", "id",
            "claim_review_states", "claim_id", "claim_reviews", "id");
    private static final List<String> TABLE_ORDER = List.of("processed_documents", "claims", "claim_review_states",
            "claim_reviews");
    private static final Path OUT = Path.of("src/test/resources/legacy");

    @Inject
    FeedFollower follower;

    @Inject
    DataSource dataSource;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void write() throws Exception {
        Doc chips = FakeDocumentsService.create("Legacy Memory Chips", memoryChips("legacy"), PARTNER_A, "partner");
        Doc noteB = FakeDocumentsService.create("Legacy Market Note", dramShare("legacy-b", 60), PARTNER_B, "public");
        Doc noteA = FakeDocumentsService.create("Legacy Market Note 2", dramShare("legacy-a", 45), PARTNER_A, "public");
        Doc withdrawn = FakeDocumentsService.create("Legacy Withdrawn", dramShare("legacy-w", 50), PARTNER_B, "partner");
        follower.drain();
        // a metadata-only revision (every claim's display fields rewritten) and a deletion (a tombstone marker)
        FakeDocumentsService.updateMetadata(noteA, "Legacy Market Note 2 (revised)", null);
        FakeDocumentsService.delete(withdrawn);
        follower.drain();

        String chipsShare = claimWith(chips.id, "60 percent");
        String bShare = claimWith(noteB.id, "60 percent");
        String bAgreement = claimWith(noteB.id, "signed");
        review(as(PARTNER_A, "analyst"), chipsShare, "verified", "Checked against the KSIA yearbook.");
        review(as(PARTNER_A, "analyst"), chipsShare, "disputed", "The yearbook's figure is for 2022.");
        review(as(null, "internal", "analyst"), bShare, "verified", null);
        review(as(PARTNER_B, "analyst"), bAgreement, "false", "No agreement was signed in 2023.");

        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("claims-jdbc.sql"), dump());
        Files.writeString(OUT.resolve("claims-jdbc-answers.json"), json.writeValueAsString(answers(
                chips.id, chipsShare, bShare, bAgreement, claimWith(noteA.id, "45 percent"))));
    }

    private static String claimWith(UUID documentId, String words) {
        return claimsOf(documentId).stream().filter(c -> ((String) c.get("text")).contains(words))
                .map(c -> (String) c.get("id")).findFirst().orElseThrow();
    }

    private static void review(io.restassured.specification.RequestSpecification caller, String claim, String status,
                               String note) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("status", status));
        if (note != null) {
            body.put("note", note);
        }
        caller.contentType(ContentType.JSON).body(body).put("/claims/{id}/review", claim).then().statusCode(200);
    }

    /** One INSERT per row, columns and literals from the catalog (the generated search column is left out). */
    private String dump() throws Exception {
        StringBuilder out = new StringBuilder("-- Written by LegacyFixtureWriter with the JDBC repositories; do not edit.\n");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE 'UTC'");
            for (String table : TABLE_ORDER) {
                List<String> columns = new ArrayList<>();
                List<String> literals = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                        + "WHERE attrelid = '" + table + "'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' "
                        + "ORDER BY attnum")) {
                    while (rows.next()) {
                        columns.add(rows.getString(1));
                        literals.add("quote_nullable(" + rows.getString(1) + ") || '::" + rows.getString(2) + "'");
                    }
                }
                String select = "SELECT 'INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (' || "
                        + String.join(" || ', ' || ", literals) + " || ');' FROM " + table + " ORDER BY " + TABLES.get(table);
                try (ResultSet rows = statement.executeQuery(select)) {
                    while (rows.next()) {
                        out.append(rows.getString(1)).append('\n');
                    }
                }
            }
        }
        // the identity column continues after the dumped ids, as it does in the database they come from
        out.append("SELECT setval(pg_get_serial_sequence('claim_reviews', 'id'), (SELECT max(id) FROM claim_reviews));\n");
        return out.toString();
    }

    /** The API's answers to reads that cover every query the repositories make, for several callers. */
    private ArrayNode answers(UUID chips, String chipsShare, String bShare, String bAgreement, String aShare) {
        ArrayNode answers = json.createArrayNode();
        List<List<String>> callers = List.of(List.of("", "admin"), List.of(PARTNER_A, "reader"),
                List.of(PARTNER_B, "reader"), List.of("", "internal", "reader"));
        for (List<String> caller : callers) {
            record(answers, caller, "/claims?size=100");
            record(answers, caller, "/claims?document=" + chips + "&size=100");
            record(answers, caller, "/claims/" + chipsShare);
            record(answers, caller, "/claims/" + chipsShare + "/reviews");
            record(answers, caller, "/claims/" + bShare + "/reviews");
            record(answers, caller, "/claims/" + bShare + "/matches");
            record(answers, caller, "/claims/" + aShare + "/matches");
            record(answers, caller, "/claims/" + bAgreement + "/claimreview");
        }
        List<String> reader = List.of(PARTNER_A, "reader");
        for (String filter : List.of("type=statistic", "type=event", "entity=south-korea", "topic=semiconductors",
                "minScore=0.5", "status=disputed", "status=unreviewed", "status=false", "q=associations",
                "q=60 percent", "q=chip agreement", "q=%", "q=the largest importer", "page=1&size=2",
                "document=" + chips + "&type=ranking&status=unreviewed")) {
            record(answers, reader, "/claims?" + filter);
        }
        return answers;
    }

    private void record(ArrayNode answers, List<String> caller, String path) {
        String organisation = caller.get(0).isEmpty() ? null : caller.get(0);
        Response response = as(organisation, caller.subList(1, caller.size()).toArray(String[]::new)).get(path);
        ObjectNode answer = answers.addObject();
        answer.putPOJO("caller", caller);
        answer.put("path", path);
        answer.put("status", response.statusCode());
        // problem answers carry a request id: their status is what must stay the same
        if (response.statusCode() == 200) {
            answer.set("body", readTree(response.asString()));
        }
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
