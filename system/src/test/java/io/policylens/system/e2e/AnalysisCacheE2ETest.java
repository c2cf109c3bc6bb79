package io.policylens.system.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.policylens.system.stack.ApiResponse;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's analysis cache on the real stack: the real data versions (feed head, trigger-kept counters) move
 * with a review committed in claims-service, so a cached analysis shows it within a few seconds; another partner
 * never gets the cached analysis of a private document. Whether an answer came from the cache (X-Cache) is shown to
 * the platform's staff only: to a partner it would tell when anybody anywhere changed something.
 */
@Order(3)
class AnalysisCacheE2ETest extends E2eTest {

    @Test
    void aCachedAnalysisShowsAReviewWithinSecondsAndStaysPrivate() throws InterruptedException {
        UUID id = submit(PARTNER_A, TestDocuments.chipsBriefing(TestDocuments.marker(), 37), "partner");
        awaitExtracted(PARTNER_A, List.of(id));
        String path = "/api/v1/documents/" + id + "/analysis";

        assertThat(gateway().get("analyst", path).expect(200).headers().firstValue("X-Cache")).isEmpty();
        ApiResponse hit = null;
        for (int i = 0; i < 50 && hit == null; i++) { // the extraction's own commits settle within a poll or two
            ApiResponse answer = gateway().get("admin", path).expect(200);
            if (answer.headers().firstValue("X-Cache").orElse("").equals("hit")) {
                hit = answer;
            } else {
                Thread.sleep(200);
            }
        }
        assertThat(hit).as("a second identical analysis request is served from the gateway's cache").isNotNull();
        assertThat(hit.headers().firstValue("ETag")).isPresent();
        assertThat(gateway().get("analyst", path).expect(200).headers().firstValue("X-Cache")).isEmpty();
        gateway().get(PARTNER_B, path).expect(404);
        gateway().get("contributor-b", path).expect(404);

        String claim = hit.json().path("claims").path("items").get(0).path("id").asText();
        gateway().put("analyst", "/api/v1/claims/" + claim + "/review",
                Map.of("status", "verified", "note", "e2e cache")).expect(200);
        long reviewedAt = System.nanoTime();
        String status = "";
        while (!status.equals("verified") && System.nanoTime() - reviewedAt < 10_000_000_000L) {
            JsonNode analysis = gateway().get("analyst", path).expect(200).json();
            for (JsonNode c : analysis.path("claims").path("items")) {
                if (c.path("id").asText().equals(claim)) {
                    status = c.path("review").path("status").asText();
                }
            }
            Thread.sleep(100);
        }
        assertThat(status).isEqualTo("verified");
        // one poll interval (1 s) plus the poll itself, with room for a busy machine
        assertThat((System.nanoTime() - reviewedAt) / 1_000_000).as("ms until the review shows").isLessThan(5_000);
    }
}
