package io.policylens.system.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.claims.extraction.ClaimIds;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.text.ContentFormat;
import io.policylens.system.stack.ApiResponse;
import io.policylens.system.stack.ExtractionProgress;
import io.policylens.system.stack.GatewayClient;
import io.policylens.system.stack.LocalStack;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every end-to-end test needs: the shared stack, the gateway as realm users and clients, and a few steps. */
@ExtendWith(StackExtension.class)
abstract class E2eTest {

    static final String PARTNER_A = "partner-a-api";
    static final String PARTNER_B = "partner-b-api";
    static final Duration EXTRACTION_TIMEOUT = Duration.ofMinutes(3);

    private static final DocumentAnalyser ANALYSER = new DocumentAnalyser();
    private static final ClaimExtractor CLAIMS = new ClaimExtractor(
            new io.policylens.recommendations.extraction.RecommendationExtractor()::sentenceIndexes);

    static GatewayClient gateway() {
        return E2eStack.gateway();
    }

    static LocalStack stack() {
        return E2eStack.get(null);
    }

    /** Submits a plain-text document through the gateway and returns its id (201 expected: every test text is new). */
    static UUID submit(String who, String content, String visibility) {
        ApiResponse answer = gateway().post(who, "/api/v1/documents",
                Map.of("content", content, "format", "text", "visibility", visibility));
        answer.expect(201);
        String id = answer.json().path("id").asText();
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/documents/" + id));
        return UUID.fromString(id);
    }

    static void awaitExtracted(String who, List<UUID> ids) {
        List<UUID> pending = new ExtractionProgress(gateway(), who)
                .await(ids, EXTRACTION_TIMEOUT, line -> System.out.println("e2e: " + line));
        assertThat(pending).as("documents not fully extracted within %s", EXTRACTION_TIMEOUT).isEmpty();
    }

    /** Waits until recommendations-service's background re-clustering has caught up with every change it knows of. */
    static void awaitClustered() {
        long deadline = System.nanoTime() + EXTRACTION_TIMEOUT.toNanos();
        while (gateway().get("admin", "/api/v1/recommendations/admin/feed").expect(200).json()
                .path("clustering").path("pending").asBoolean(true)) {
            assertThat(System.nanoTime()).as("clustering caught up within %s", EXTRACTION_TIMEOUT).isLessThan(deadline);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every claim of a document, through the gateway's paged list. */
    static List<JsonNode> claimsOf(String who, UUID document) {
        List<JsonNode> claims = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = gateway().get(who, "/api/v1/claims?document=" + document + "&size=100&page=" + page)
                    .expect(200).json();
            answer.path("items").forEach(claims::add);
            if (answer.path("items").size() < 100) {
                return claims;
            }
        }
    }

    /** The claim ids the services must store for this text: the same pipeline, run here in-process. */
    static Set<UUID> expectedClaimIds(UUID document, String content) {
        Set<UUID> ids = new HashSet<>();
        CLAIMS.extract(ANALYSER.analyse(content, ContentFormat.TEXT))
                .forEach(c -> ids.add(ClaimIds.of(document, c.start(), c.end())));
        return ids;
    }

    /** The dead letters of an extraction service ({@code claims} or {@code recommendations}). */
    static List<JsonNode> deadLetters(String service) {
        List<JsonNode> letters = new ArrayList<>();
        gateway().get("admin", "/api/v1/" + service + "/admin/feed/dead-letters?limit=1000").expect(200).json()
                .forEach(letters::add);
        return letters;
    }

    static Set<UUID> ids(Iterable<JsonNode> items) {
        Set<UUID> ids = new HashSet<>();
        items.forEach(i -> ids.add(UUID.fromString(i.path("id").asText())));
        return ids;
    }
}
