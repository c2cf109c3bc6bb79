package io.policylens.system.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.policylens.system.stack.RealmFile;
import io.policylens.system.stack.StackSummary;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.policylens.system.stack.StackTool;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner submits a document through the gateway; the services extract it; the analysis view shows it all. */
@Order(1)
class SubmitToAnalysisE2ETest extends E2eTest {

    @Test
    void submittedDocumentIsExtractedAndAnalysed() {
        String marker = TestDocuments.marker();
        String content = TestDocuments.chipsBriefing(marker, 31);
        UUID id = submit(PARTNER_A, content, "public");

        awaitExtracted(PARTNER_A, List.of(id));

        JsonNode analysis = gateway().get("analyst", "/api/v1/documents/" + id + "/analysis").expect(200).json();
        assertThat(analysis.path("degraded").asBoolean()).isFalse();
        assertThat(analysis.path("document").path("id").asText()).isEqualTo(id.toString());
        assertThat(analysis.path("recommendations").path("total").asLong()).isGreaterThanOrEqualTo(2);

        // the claims are exactly those the extractor finds in this text, each stored once
        List<JsonNode> claims = claimsOf("analyst", id);
        assertThat(ids(claims)).hasSize(claims.size()).isEqualTo(expectedClaimIds(id, content));
        assertThat(analysis.path("claims").path("total").asLong()).isEqualTo(claims.size()).isGreaterThanOrEqualTo(3);
        assertThat(claims).extracting(c -> c.path("text").asText())
                .anySatisfy(t -> assertThat(t).contains("percent of global DRAM production"));
        JsonNode dram = claims.stream().filter(c -> c.path("text").asText().contains("DRAM")).findFirst().orElseThrow();
        assertThat(dram.path("citedSource").path("name").asText()).contains("International Semiconductor Council");

        // recommendations with their actors, and an evidence trail back to exact spans of the stored text
        JsonNode recommendations = gateway().get("analyst", "/api/v1/recommendations?document=" + id + "&size=50")
                .expect(200).json();
        assertThat(recommendations.path("items")).extracting(r -> r.path("text").asText())
                .anySatisfy(t -> assertThat(t).contains("strategic reserve of semiconductor components"));
        String text = gateway().get("analyst", "/api/v1/documents/" + id + "/text", "text/plain").expect(200).body();
        for (JsonNode recommendation : recommendations.path("items")) {
            JsonNode trail = gateway().get("analyst",
                    "/api/v1/recommendations/" + recommendation.path("id").asText() + "/evidence").expect(200).json();
            assertThat(trail.path("source").path("matchesStoredText").asBoolean()).isTrue();
            int start = recommendation.path("start").asInt();
            int end = recommendation.path("end").asInt();
            assertThat(text.substring(start, end)).isEqualTo(recommendation.path("text").asText());
        }

        // combined search finds the document by its marker word
        JsonNode search = gateway().get("reader", "/api/v1/search?q=" + marker).expect(200).json();
        assertThat(search.toString()).contains(id.toString());
    }

    @Test
    void aDocumentWithoutRecommendationsBecomesCompleteForItsPartner() {
        String marker = TestDocuments.marker();
        UUID id = submit(PARTNER_A, "Harbour note " + marker
                + "\n\nIn 2021, the port of Eastfield handled 12 million containers, "
                + "according to the Eastfield Port Authority. "
                + "Container traffic rose by 4 percent compared with the previous year.\n",
                "partner");

        // complete for the partner, although recommendations-service stores nothing for the document
        awaitExtracted(PARTNER_A, List.of(id));
        JsonNode status = gateway().get(PARTNER_A, "/api/v1/documents/" + id + "/status").expect(200).json();
        assertThat(status.path("complete").asBoolean()).isTrue();
        assertThat(status.path("services").get(1).path("state").asText()).isEqualTo("current");
        JsonNode recommendations = status.path("services").get(2);
        assertThat(recommendations.path("service").asText()).isEqualTo("recommendations");
        assertThat(recommendations.path("state").asText()).isEqualTo("empty");
        assertThat(recommendations.path("revision").asInt()).isEqualTo(1);
        assertThat(recommendations.path("items").asLong()).isZero();
        // another partner learns nothing of the private document
        gateway().get(PARTNER_B, "/api/v1/documents/" + id + "/status").expect(404);
    }

    @Test
    void upIngestsCorpusFolderAndPrintsSummary(@TempDir Path corpus) throws Exception {
        String marker = TestDocuments.marker();
        Files.writeString(corpus.resolve("briefing.txt"), TestDocuments.chipsBriefing(marker, 29));
        Files.writeString(corpus.resolve("note.md"), "# Steel note\n\n" + TestDocuments.batchDocument(marker, 7));
        Files.writeString(corpus.resolve("page.html"),
                "<html><head><title>Steel page</title></head><body><nav>Home | About</nav><article><p>"
                + TestDocuments.batchDocument(marker, 8).replace("\n\n", "</p><p>") + "</p></article></body></html>");
        Files.writeString(corpus.resolve("ignored.pdf"), "not a supported format");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = StackTool.run(new String[] {"ingest", "--corpus", corpus.toString(), "--as", PARTNER_A},
                stack().config().environment(), Path.of(System.getProperty("policylens.repo.root", "..")),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Policy Lens is up", "One evidence trail");
        JsonNode found = gateway().get(PARTNER_A, "/api/v1/documents/search?q=" + marker + "&size=10").expect(200)
                .json();
        assertThat(found.path("total").asInt()).isEqualTo(3);
        // a second run submits the same files: already stored, nothing duplicated
        assertThat(StackTool.run(new String[] {"ingest", "--corpus", corpus.toString()}, stack().config().environment(),
                Path.of(System.getProperty("policylens.repo.root", "..")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
        assertThat(gateway().get(PARTNER_A, "/api/v1/documents/search?q=" + marker + "&size=10").expect(200).json()
                .path("total").asInt()).isEqualTo(3);
    }

    @Test
    void upSummaryReportsWhatPartnerSees() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StackSummary(gateway(), PARTNER_A, stack().config(), RealmFile.read(stack().config().realmFile()))
                .print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("Policy Lens is up", "Documents visible to partner-a-api:", "/q/swagger-ui",
                "partner-a-api-dev-secret");
        assertThat(summary).doesNotContain("Claims: ?");
    }
}
