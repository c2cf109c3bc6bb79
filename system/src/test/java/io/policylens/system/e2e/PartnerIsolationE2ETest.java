package io.policylens.system.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.policylens.system.stack.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner A's private document (visibility "partner") is invisible to partner B everywhere: lists, search, briefs,
 * claims, recommendations, matches, the analysis and status views. Checked for partner B's API client, partner B
 * users and the platform's internal analyst (who sees public and internal documents, not partners' private ones),
 * while partner A (client and user) sees it all. A public item's shared state (review verdict, tracking status) is
 * set by its owner organisation only, and who set it is not shown to other partners.
 */
@Order(2)
class PartnerIsolationE2ETest extends E2eTest {

    private static String marker;
    private static UUID privateDocument;
    private static UUID publicDocumentOfB;
    private static List<String> privateClaimIds;
    private static List<String> privateRecommendationIds;
    private static String topic;
    private static String actor;

    @BeforeAll
    static void partnersSubmit() {
        marker = TestDocuments.marker();
        privateDocument = submit(PARTNER_A, TestDocuments.chipsBriefing(marker, 31), "partner");
        // B publishes the same measure with another value: a cross-document match A may see, B must not
        publicDocumentOfB = submit(PARTNER_B, TestDocuments.chipsBriefing(TestDocuments.marker(), 24), "public");
        awaitExtracted(PARTNER_A, List.of(privateDocument));
        awaitExtracted(PARTNER_B, List.of(publicDocumentOfB));
        awaitClustered(); // clusters are made in the background: the cluster views below must already hold A's items

        privateClaimIds = new ArrayList<>();
        claimsOf(PARTNER_A, privateDocument).forEach(c -> privateClaimIds.add(c.path("id").asText()));
        privateRecommendationIds = new ArrayList<>();
        JsonNode recommendations = gateway()
                .get(PARTNER_A, "/api/v1/recommendations?document=" + privateDocument + "&size=50").expect(200).json();
        recommendations.path("items").forEach(r -> privateRecommendationIds.add(r.path("id").asText()));
        assertThat(recommendations.path("items")).allSatisfy(r -> assertThat(r.path("clusterId").isTextual()).isTrue());
        JsonNode document = gateway().get(PARTNER_A, "/api/v1/documents/" + privateDocument).expect(200).json();
        JsonNode firstTopic = document.path("topics").path(0);
        topic = firstTopic.isObject() ? firstTopic.path("topic").asText() : firstTopic.asText();
        actor = "european-union"; // named in the briefing's second recommendation
        assertThat(privateClaimIds).isNotEmpty();
        assertThat(privateRecommendationIds).isNotEmpty();
        assertThat(topic).isNotBlank();
    }

    /** Every read a partner can make about the subject of the private document. */
    private static List<String> readPaths() {
        List<String> paths = new ArrayList<>(List.of(
                "/api/v1/documents?size=100",
                "/api/v1/documents/search?q=" + marker,
                "/api/v1/search?q=" + marker,
                "/api/v1/search?q=DRAM",
                "/api/v1/topics/" + topic + "/brief?size=100",
                "/api/v1/actors/" + actor + "/brief?size=100",
                "/api/v1/claims?size=100&q=DRAM",
                "/api/v1/claims?document=" + privateDocument,
                "/api/v1/recommendations?size=100&q=reserve",
                "/api/v1/recommendations?document=" + privateDocument,
                "/api/v1/recommendations/clusters?size=100"));
        return paths;
    }

    @ParameterizedTest
    @ValueSource(strings = {PARTNER_B, "contributor-b", "analyst-b", "analyst-internal"})
    void partnerBSeesNothingOfIt(String who) {
        for (String path : readPaths()) {
            ApiResponse answer = gateway().get(who, path);
            assertThat(answer.status()).as("%s GET %s", who, path).isEqualTo(200);
            // the searches echo the query itself; anything else naming the marker would come from the private text
            String body = answer.body().replace("\"query\":\"" + marker + "\"", "\"query\":\"\"");
            assertThat(body).as("%s GET %s", who, path)
                    .doesNotContain(privateDocument.toString())
                    .doesNotContain(marker);
            privateClaimIds.forEach(id -> assertThat(body).as("%s GET %s", who, path).doesNotContain(id));
            privateRecommendationIds.forEach(id -> assertThat(body).as("%s GET %s", who, path).doesNotContain(id));
        }
        for (String suffix : List.of("", "/text", "/sentences", "/analysis", "/status")) {
            assertThat(gateway().get(who, "/api/v1/documents/" + privateDocument + suffix, "*/*").status())
                    .as("%s GET document%s", who, suffix).isEqualTo(404);
        }
        for (String id : privateClaimIds) {
            for (String suffix : List.of("", "/reviews", "/matches", "/claimreview")) {
                assertThat(gateway().get(who, "/api/v1/claims/" + id + suffix).status())
                        .as("%s GET claim%s", who, suffix).isEqualTo(404);
            }
        }
        for (String id : privateRecommendationIds) {
            for (String suffix : List.of("", "/evidence", "/history")) {
                assertThat(gateway().get(who, "/api/v1/recommendations/" + id + suffix).status())
                        .as("%s GET recommendation%s", who, suffix).isEqualTo(404);
            }
        }
        // B's own claims' matches never lead to A's private claim
        for (JsonNode claim : claimsOf(who, publicDocumentOfB)) {
            ApiResponse matches = gateway().get(who, "/api/v1/claims/" + claim.path("id").asText() + "/matches");
            assertThat(matches.status()).isEqualTo(200);
            assertThat(matches.body()).doesNotContain(privateDocument.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PARTNER_A, "analyst"})
    void partnerASeesItEverywhere(String who) {
        assertThat(gateway().get(who, "/api/v1/documents/search?q=" + marker).expect(200).body())
                .contains(privateDocument.toString());
        assertThat(gateway().get(who, "/api/v1/search?q=" + marker).expect(200).body())
                .contains(privateDocument.toString());
        assertThat(gateway().get(who, "/api/v1/topics/" + topic + "/brief?size=100").expect(200).body())
                .contains(privateDocument.toString());
        assertThat(gateway().get(who, "/api/v1/actors/" + actor + "/brief?size=100").expect(200).body())
                .contains(privateDocument.toString());
        assertThat(claimsOf(who, privateDocument)).hasSize(privateClaimIds.size());
        assertThat(gateway().get(who, "/api/v1/documents/" + privateDocument + "/analysis").expect(200).json()
                .path("degraded").asBoolean()).isFalse();
        // and A's private claim about the DRAM share conflicts with B's public one
        String dram = claimsOf(who, privateDocument).stream().filter(c -> c.path("text").asText().contains("DRAM"))
                .map(c -> c.path("id").asText()).findFirst().orElseThrow();
        assertThat(gateway().get(who, "/api/v1/claims/" + dram + "/matches").expect(200).body())
                .contains(publicDocumentOfB.toString());
    }

    @Test
    void onlyTheOwnerSetsTheSharedStateOfAPublicItem() {
        JsonNode claim = claimsOf(PARTNER_B, publicDocumentOfB).get(0);
        String claimPath = "/api/v1/claims/" + claim.path("id").asText();
        String recommendation = gateway().get(PARTNER_B, "/api/v1/recommendations?document=" + publicDocumentOfB)
                .expect(200).json().path("items").path(0).path("id").asText();

        // partner A's analyst sees B's public items but may neither give a verdict nor move the tracking status
        gateway().get("analyst", claimPath).expect(200);
        assertThat(gateway().put("analyst", claimPath + "/review", Map.of("status", "false")).status()).isEqualTo(403);
        assertThat(gateway().post("analyst", "/api/v1/recommendations/" + recommendation + "/status",
                Map.of("status", "rejected")).status()).isEqualTo(403);
        assertThat(gateway().get(PARTNER_B, claimPath).expect(200).json().path("review").path("status").asText())
                .isEqualTo("unreviewed");

        // B's own analyst may; A then sees the verdict and the status, but not who set them
        gateway().put("analyst-b", claimPath + "/review", Map.of("status", "disputed")).expect(200);
        gateway().post("analyst-b", "/api/v1/recommendations/" + recommendation + "/status",
                Map.of("status", "under_consideration")).expect(200);
        JsonNode seenByA = gateway().get("analyst", claimPath).expect(200).json().path("review");
        assertThat(seenByA.path("status").asText()).isEqualTo("disputed");
        assertThat(seenByA.path("reviewer").isNull()).isTrue();
        JsonNode history = gateway().get("analyst", "/api/v1/recommendations/" + recommendation + "/history")
                .expect(200).json();
        assertThat(history.path(0).path("status").asText()).isEqualTo("under_consideration");
        assertThat(history.path(0).path("actor").isNull()).isTrue();
        assertThat(gateway().get("contributor-b", "/api/v1/recommendations/" + recommendation + "/history").expect(200)
                .json().path(0).path("actor").asText()).isEqualTo("analyst-b");
    }
}
