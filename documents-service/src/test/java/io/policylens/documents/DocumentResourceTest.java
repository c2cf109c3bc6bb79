package io.policylens.documents;

import io.policylens.common.problem.Problem;
import io.policylens.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.policylens.documents.support.Api.PARTNER_A;
import static io.policylens.documents.support.Api.PARTNER_B;
import static io.policylens.documents.support.Api.as;
import static io.policylens.documents.support.Api.contributorA;
import static io.policylens.documents.support.Api.createAsA;
import static io.policylens.documents.support.Api.readerB;
import static io.policylens.documents.support.Api.textDocument;
import static io.policylens.documents.support.Api.uniqueBrief;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "documents"))
@QuarkusTestResource(OidcWiremockTestResource.class)
class DocumentResourceTest {

    @Test
    void createsADocumentWithStructureAndAnnotations() {
        String content = uniqueBrief("South Korea accounts for 20 percent of the global semiconductor market.");
        Response created = contributorA()
                        .contentType(ContentType.JSON)
                        .header("X-Request-Id", "test-req-1")
                        .body(textDocument(content, "partner"))
                        .when()
                        .post("/documents");
        created.then().statusCode(201)
                .header("Location", containsString("/documents/"))
                .header("X-Request-Id", "test-req-1")
                .body("ownerOrg", equalTo(PARTNER_A))
                .body("visibility", equalTo("partner"))
                .body("revision", equalTo(1))
                .body("topics.topic", hasItem("semiconductors"))
                .body("entities.south-korea", notNullValue())
                .body("stats.sentences", org.hamcrest.Matchers.greaterThan(3));
        String id = created.path("id");

        String text = contributorA()
                        .get("/documents/{id}/text", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        List<Map<String, Object>> sentences = contributorA().get("/documents/{id}/sentences", id)
                .then().statusCode(200).extract().path("items");
        assertThat(sentences).isNotEmpty();
        for (Map<String, Object> s : sentences) {
            assertThat(text.substring((Integer) s.get("start"), (Integer) s.get("end")))
                    .isEqualTo(s.get("text"));
        }
        assertThat(sentences)
                .anySatisfy(s -> {
                            assertThat((String) s.get("text"))
                                    .startsWith("Deepen Cooperation: Washington and Seoul should");
                            assertThat(s.get("listItem")).isEqualTo(true);
                            assertThat(s.get("section")).isEqualTo("Recommendations");
                        });
        String raw = contributorA()
                        .get("/documents/{id}/raw", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(raw).isEqualTo(content);

        io.restassured.path.json.JsonPath snapshot = contributorA()
                        .get("/documents/{id}/snapshot", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(snapshot.getString("document.id")).isEqualTo(id);
        assertThat(snapshot.getInt("document.revision")).isEqualTo(1);
        assertThat(snapshot.getInt("document.stats.sentences")).isEqualTo(sentences.size());
        assertThat(snapshot.<Map<String, Object>>getList("sentences")).isEqualTo(sentences);
    }

    @Inject
    DataSource dataSource;

    @Test
    void metadataComesFromTheStoredSummaryAndIsTheSameForADocumentStoredWithoutOne() throws SQLException {
        String content = uniqueBrief("Japan's exports to Vietnam rose by 8 percent in 2023.");
        String id = createAsA(content, "public");
        UUID uuid = UUID.fromString(id);
        Map<String, Object> before = contributorA()
                        .get("/documents/{id}", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("$");
        assertThat(storedSummary(uuid)).as("summary written at ingest").isNotNull();
        assertThat(before.get("stats"))
                .isEqualTo(contributorA()
                                .get("/documents/{id}/snapshot", id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("document.stats"));

        // a document stored before the summary column existed: summarised from its analysis when read
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                                "UPDATE documents SET summary = NULL WHERE id = ?")) {
            update.setObject(1, uuid);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(storedSummary(uuid)).isNull();
        Map<String, Object> after = contributorA()
                        .get("/documents/{id}", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("$");
        assertThat(after).isEqualTo(before);
        assertThat((List<?>) ((Map<?, ?>) after.get("stats")).get("sections")).isNotEmpty();
        readerB().get("/documents/{id}", id).then().statusCode(200);
    }

    private Object storedSummary(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                                "SELECT summary::text FROM documents WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    @Test
    void sameContentFromSameOwnerIsIdempotent() {
        String content = uniqueBrief("Seoul signed the agreement in 2023.");
        String first = createAsA(content, "partner");
        contributorA().contentType(ContentType.JSON).body(textDocument(content, "partner"))
                .when().post("/documents")
                .then().statusCode(200).body("id", equalTo(first));
        // another organisation submitting the same text owns a separate document
        String other = as(PARTNER_B, "contributor")
                        .contentType(ContentType.JSON)
                        .body(textDocument(content, "partner"))
                        .when()
                        .post("/documents")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void concurrentIdenticalSubmissionsStoreOneDocument() throws Exception {
        String content = uniqueBrief("Concurrent duplicate of 31 percent.");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Response>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> contributorA().contentType(ContentType.JSON)
                        .body(textDocument(content, "partner")).post("/documents")));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            int created = 0;
            for (var call : calls) {
                Response response = call.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(response.statusCode()).isIn(200, 201);
                created += response.statusCode() == 201 ? 1 : 0;
                ids.add(response.path("id"));
            }
            assertThat(created).isEqualTo(1);
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void uploadsFilesAsMultipart() {
        String html = "<html><head><script>track()</script></head><body><nav>Home | News | About</nav><h1>Chip "
                + "Alliance</h1><p>The U.S. and Korea agreed on a chip fund in 2024.</p><ul><li>Expand the fund to $5 "
                + "billion.</li><li>Invite Japan.</li></ul><footer>Subscribe to our newsletter</footer></body></html>";
        String id = contributorA()
                .multiPart("file", "brief.html", html.getBytes(StandardCharsets.UTF_8), "text/html")
                .multiPart("publisher", "Upload Institute")
                .multiPart("authors", "Ann Lee; Bo Kim")
                .multiPart("visibility", "public")
                .when().post("/documents")
                .then().statusCode(201)
                .body("format", equalTo("html"))
                .body("title", equalTo("Chip Alliance"))
                .body("authors", equalTo(List.of("Ann Lee", "Bo Kim")))
                .extract().path("id");
        String text = readerB()
                        .get("/documents/{id}/text", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(text)
                .contains("Expand the fund to $5 billion.")
                .doesNotContain("track()")
                .doesNotContain("Subscribe")
                .doesNotContain("Home | News");

        contributorA()
                .multiPart("file", "notes.md", "# Notes\n\n- First point is here.\n- Second point.\n"
                                .getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/documents")
                .then()
                .statusCode(201)
                .body("format", equalTo("markdown"))
                .body("stats.blocks", equalTo(3));
    }

    @Test
    void documentCarriesItsOutlineConsistentWithItsSentences() {
        String markdown = "# Outline test " + java.util.UUID.randomUUID() + "\n\n## Findings\n\nChip exports rose 5 "
                + "percent in 2023. Prices fell.\n\n## Recommendations\n\n- Fund the national laboratories.\n- Train "
                + "more engineers.\n";
        String id = contributorA()
                        .multiPart("file", "outline.md", markdown.getBytes(StandardCharsets.UTF_8))
                        .when()
                        .post("/documents")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");

        io.restassured.path.json.JsonPath document = as(PARTNER_A, "reader")
                        .get("/documents/{id}", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        List<String> sectionTitles = document.getList("stats.sections.title");
        List<Integer> sectionSentences = document.getList("stats.sections.sentences");
        List<Integer> sectionListItems = document.getList("stats.sections.listItems");
        assertThat(sectionTitles).endsWith("Findings", "Recommendations");
        assertThat(sectionListItems.get(sectionListItems.size() - 1)).isEqualTo(2);

        // the same runs as the sentence page shows them
        io.restassured.path.json.JsonPath sentences = as(PARTNER_A, "reader")
                        .get("/documents/{id}/sentences?size=1000", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        List<String> sentenceSections = sentences.getList("items.section");
        List<String> runs = new java.util.ArrayList<>();
        List<Integer> runSizes = new java.util.ArrayList<>();
        for (String section : sentenceSections) {
            if (runs.isEmpty() || !java.util.Objects.equals(runs.get(runs.size() - 1), section)) {
                runs.add(section);
                runSizes.add(0);
            }
            runSizes.set(runSizes.size() - 1, runSizes.get(runSizes.size() - 1) + 1);
        }
        assertThat(sectionTitles).isEqualTo(runs);
        assertThat(sectionSentences).isEqualTo(runSizes);
        assertThat(sectionSentences.stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(document.getInt("stats.sentences"));
    }

    @Test
    void partnerScopingHidesPrivateDocumentsFromOtherPartners() {
        String privateId = createAsA(uniqueBrief("Private finding of 12 percent."), "partner");
        String publicId = createAsA(uniqueBrief("Public finding of 14 percent."), "public");

        readerB().get("/documents/{id}", privateId).then().statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        readerB().get("/documents/{id}/text", privateId).then().statusCode(404);
        readerB().get("/documents/{id}/sentences", privateId).then().statusCode(404);
        readerB().get("/documents/{id}/snapshot", privateId).then().statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        readerB().get("/documents/{id}", publicId).then().statusCode(200);
        as(PARTNER_A, "reader").get("/documents/{id}", privateId).then().statusCode(200);
        as(null, "service").get("/documents/{id}/snapshot", privateId).then().statusCode(200);
        as(null, "admin").get("/documents/{id}", privateId).then().statusCode(200);

        List<String> idsSeenByB = readerB()
                        .queryParam("size", 100)
                        .get("/documents")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.id");
        assertThat(idsSeenByB).contains(publicId).doesNotContain(privateId);
    }

    @Test
    void listsWithFiltersAndPagination() {
        String id = contributorA()
                        .contentType(ContentType.JSON)
                        .body(Map.of("content", uniqueBrief("Hydrogen output rose 9 percent in Korea."), "format",
                                        "text", "publisher", "Filter Press", "publishedDate", "2021-05-05",
                                        "visibility", "public"))
                        .post("/documents")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");

        readerB().queryParam("publisher", "filter press").get("/documents")
                .then().statusCode(200).body("items.id", hasItem(id)).body("size", equalTo(20));
        readerB()
                .queryParam("publisher", "Filter Press")
                .queryParam("from", "2022-01-01")
                .get("/documents")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        readerB()
                .queryParam("publisher", "Filter Press")
                .queryParam("to", "2021-12-31")
                .queryParam("topic", "energy-hydrogen")
                .queryParam("entity", "south-korea")
                .queryParam("visibility", "public")
                .get("/documents")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("total", equalTo(1));
        readerB()
                .queryParam("size", 1)
                .get("/documents")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void metadataUpdatesBumpTheRevision() {
        String id = createAsA(uniqueBrief("Update target."), "partner");
        contributorA()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Renamed", "visibility", "public"))
                .patch("/documents/{id}", id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Renamed"))
                .body("revision", equalTo(2))
                .body("visibility", equalTo("public"));
        // now public, partner B can read it but not change it
        readerB().get("/documents/{id}", id).then().statusCode(200);
        as(PARTNER_B, "contributor").contentType(ContentType.JSON).body(Map.of("title", "Hijacked"))
                .patch("/documents/{id}", id).then().statusCode(403);
        as(PARTNER_A, "reader").contentType(ContentType.JSON).body(Map.of("title", "Nope"))
                .patch("/documents/{id}", id).then().statusCode(403);
        contributorA().contentType(ContentType.JSON).body(Map.of("title", ""))
                .patch("/documents/{id}", id).then().statusCode(400);
    }

    @Test
    void onlyAdminsDeleteAndDeletedDocumentsDisappear() {
        String id = createAsA(uniqueBrief("Delete target."), "public");
        contributorA().delete("/documents/{id}", id).then().statusCode(403)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        as(null, "admin").delete("/documents/{id}", id).then().statusCode(204);
        readerB().get("/documents/{id}", id).then().statusCode(404);
        as(null, "admin").delete("/documents/{id}", id).then().statusCode(404);
    }

    @Test
    void rolesAreEnforced() {
        given().get("/documents").then().statusCode(401).contentType(startsWith(Problem.MEDIA_TYPE))
                .header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer not-a-token")
                .get("/documents")
                .then()
                .statusCode(401);
        as(PARTNER_A, "reader")
                .contentType(ContentType.JSON)
                .body(textDocument(uniqueBrief("x"), "public"))
                .post("/documents")
                .then()
                .statusCode(403)
                .body("status", equalTo(403));
        as(PARTNER_A).get("/documents").then().statusCode(403);
    }
}
