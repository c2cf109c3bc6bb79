package io.policylens.system.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.system.stack.ApiResponse;
import io.policylens.system.stack.GatewayClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix on a sample of endpoints, with real Keycloak tokens of the realm's users (partner A's reader <
 * contributor < analyst, cumulative; partner B's contributor-b and analyst-b; the platform's admin and
 * analyst-internal, whose tokens name no partner), partner clients (role contributor), an extraction service's
 * client credentials, a client of the realm without the public API's audience and a user whose account names no
 * partner: each row is one caller and one call. The document, its claim and recommendation are partner A's, public.
 * The extraction services' client credentials carry documents-service's audience only, so the gateway refuses them
 * before it looks at their role (401; a service token that had the API's audience would get 403, SecurityMatrixTest).
 */
@Order(3)
class RoleMatrixE2ETest extends E2eTest {

    private static UUID document;
    private static String claim;
    private static String recommendation;

    @BeforeAll
    static void aDocumentToWorkOn() {
        String content = TestDocuments.chipsBriefing(TestDocuments.marker(), 40);
        document = submit("contributor", content, "public");
        awaitExtracted("contributor", List.of(document));
        claim = claimsOf("reader", document).get(0).path("id").asText();
        recommendation = gateway().get("reader", "/api/v1/recommendations?document=" + document).expect(200)
                .json().path("items").path(0).path("id").asText();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            anonymous     | GET    | /api/v1/documents                          | 401
            reader        | GET    | /api/v1/documents                          | 200
            reader        | GET    | /api/v1/documents/{doc}/analysis           | 200
            reader        | POST   | /api/v1/documents                          | 403
            contributor   | POST   | /api/v1/documents                          | 201
            partner-a-api | POST   | /api/v1/documents                          | 201
            reader        | GET    | /api/v1/claims/{claim}                     | 200
            contributor   | PUT    | /api/v1/claims/{claim}/review              | 403
            analyst       | PUT    | /api/v1/claims/{claim}/review              | 200
            admin         | PUT    | /api/v1/claims/{claim}/review              | 200
            partner-a-api | PUT    | /api/v1/claims/{claim}/review              | 403
            reader        | POST   | /api/v1/recommendations/{rec}/status       | 403
            analyst       | POST   | /api/v1/recommendations/{rec}/status       | 200
            analyst       | GET    | /api/v1/claims/admin/feed                  | 403
            admin         | GET    | /api/v1/claims/admin/feed                  | 200
            contributor   | GET    | /api/v1/recommendations/admin/feed         | 403
            admin         | GET    | /api/v1/recommendations/admin/feed         | 200
            analyst       | GET    | /api/v1/claims/admin/feed/dead-letters     | 403
            admin         | GET    | /api/v1/claims/admin/feed/dead-letters     | 200
            partner-a-api | GET    | /api/v1/recommendations/admin/feed/dead-letters | 403
            admin         | GET    | /api/v1/recommendations/admin/feed/dead-letters | 200
            analyst-internal | POST | /api/v1/claims/admin/feed/dead-letters/replay | 403
            contributor   | POST   | /api/v1/recommendations/admin/feed/dead-letters/0-0/replay | 403
            admin         | POST   | /api/v1/claims/admin/feed/dead-letters/not-an-id/replay | 400
            admin         | POST   | /api/v1/recommendations/admin/feed/dead-letters/0-999999/replay | 404
            analyst       | DELETE | /api/v1/documents/{doc}                    | 403
            contributor-b | GET    | /api/v1/documents/{doc}                    | 200
            contributor-b | PUT    | /api/v1/claims/{claim}/review              | 403
            analyst-b     | GET    | /api/v1/claims/{claim}                     | 200
            analyst-b     | PUT    | /api/v1/claims/{claim}/review              | 403
            analyst-b     | POST   | /api/v1/recommendations/{rec}/status       | 403
            analyst-internal | PUT | /api/v1/claims/{claim}/review              | 200
            analyst-internal | GET | /api/v1/claims/admin/feed                  | 403
            admin         | GET    | /api/v1/documents/{doc}                    | 200
            claims-service | GET   | /api/v1/documents                          | 401
            recommendations-service | GET | /api/v1/documents/{doc}             | 401
            unrelated-app | GET    | /api/v1/documents                          | 401
            reader-unassigned | GET | /api/v1/documents                         | 401
            """)
    void roleDecidesAccess(String who, String method, String path, int expected) {
        String resolved = path.replace("{doc}", document.toString()).replace("{claim}", claim)
                .replace("{rec}", recommendation);
        Object body = switch (method + " " + path) {
            case "POST /api/v1/documents" -> Map.of("content",
                    TestDocuments.batchDocument(TestDocuments.marker(), 1), "format", "text");
            case "PUT /api/v1/claims/{claim}/review" -> Map.of("status", "disputed", "note", "checked by " + who);
            case "POST /api/v1/recommendations/{rec}/status" ->
                    Map.of("status", "under_consideration", "note", "on the agenda");
            default -> null;
        };
        ApiResponse answer = gateway().send("anonymous".equals(who) ? GatewayClient.ANONYMOUS : who,
                method, resolved, body);
        assertThat(answer.status()).as("%s %s %s: %s", who, method, resolved, answer).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(answer.contentType()).as("errors are problem+json").startsWith("application/problem+json");
        }
    }

    @Test
    void reviewerIsTakenFromTheTokenAndShownToItsOwnOrganisationOnly() {
        gateway().put("analyst", "/api/v1/claims/" + claim + "/review",
                Map.of("status", "verified", "note", "matches the council's tables")).expect(200);
        JsonNode mine = gateway().get("reader", "/api/v1/claims/" + claim + "/reviews").expect(200).json().path("items")
                .path(0);
        assertThat(mine.path("reviewer").asText()).isEqualTo("analyst");
        assertThat(mine.path("note").asText()).isEqualTo("matches the council's tables");
        JsonNode theirs = gateway().get("contributor-b", "/api/v1/claims/" + claim + "/reviews").expect(200).json()
                .path("items").path(0);
        assertThat(theirs.path("status").asText()).isEqualTo("verified");
        assertThat(theirs.path("reviewer").isNull()).as("partner B does not learn partner A's analyst's name").isTrue();
        assertThat(gateway().get("contributor-b", "/api/v1/claims/" + claim).expect(200).json().path("review")
                .path("reviewer").isNull()).isTrue();
        assertThat(gateway().get("admin", "/api/v1/claims/" + claim + "/reviews").expect(200).body())
                .contains("\"analyst\"");
    }

    @Test
    void tokenProblemsSayWhatIsWrong() {
        ApiResponse unassigned = gateway().get("reader-unassigned", "/api/v1/documents");
        assertThat(unassigned.status()).isEqualTo(401);
        assertThat(unassigned.json().path("type").asText()).endsWith("/token-rejected");
        assertThat(unassigned.json().path("detail").asText()).contains("partner_org");
        // a JSON array where a document is expected: the problem speaks the API's language, not Java's
        ApiResponse array = gateway().post("contributor", "/api/v1/documents", List.of(1));
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.json().path("detail").asText()).isEqualTo("the body must be a JSON object");
    }

    @Test
    void theInternalServicesAcceptTheirAudiencesOnlyAndServiceAccountsReadTheFeed() throws Exception {
        URI changes = stack().config().service("documents").resolve("/documents/changes?limit=1");
        assertThat(directly(changes, "claims-service")).as("service account, audience documents-service")
                .isEqualTo(200);
        assertThat(directly(changes, "reader")).as("the public API's audience, but not the service role")
                .isEqualTo(403);
        assertThat(directly(changes, "unrelated-app")).as("another client of the realm").isEqualTo(401);
        URI list = stack().config().service("documents").resolve("/documents");
        assertThat(directly(list, "claims-service")).as("a service account reads the feed and snapshots only")
                .isEqualTo(403);
    }

    @Test
    void noPartnerUserOrClientHoldsAnInternalRole() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(stack().config().realmFile().toFile());
        for (JsonNode user : realm.path("users")) {
            boolean partner = user.path("attributes").has("partner_org")
                    || partnerClient(realm, user.path("serviceAccountClientId").asText());
            if (partner) {
                assertThat(user.path("realmRoles").toString()).as(user.path("username").asText())
                        .doesNotContain("\"admin\"", "\"internal\"", "\"service\"");
            }
        }
        // the platform's admin acts for no partner: its token has no partner claim, and it reads every partner's data
        String payload = new String(Base64.getUrlDecoder().decode(E2eStack.tokens().token("admin").split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(new ObjectMapper().readTree(payload).has("partner_org")).isFalse();
        UUID privateOfB = submit(PARTNER_B, TestDocuments.batchDocument(TestDocuments.marker(), 3), "partner");
        assertThat(gateway().get("admin", "/api/v1/documents/" + privateOfB + "/text", "text/plain").status())
                .isEqualTo(200);
        assertThat(gateway().get("analyst", "/api/v1/documents/" + privateOfB + "/text", "*/*").status())
                .isEqualTo(404);
        assertThat(gateway().get("analyst-internal", "/api/v1/documents/" + privateOfB + "/text", "*/*").status())
                .isEqualTo(404);
    }

    private static boolean partnerClient(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client.path("protocolMappers").toString().contains("\"claim.name\":\"partner_org\"");
            }
        }
        return false;
    }

    private static int directly(URI uri, String who) throws Exception {
        return GatewayClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + E2eStack.tokens().token(who))
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void tamperedTokenIsRejected() throws Exception {
        String token = E2eStack.tokens().token("reader");
        String[] parts = token.split("\\.");
        // same header and signature, but the payload claims another partner: the signature no longer matches
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("partner-a", "partner-b");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        HttpResponse<String> answer = GatewayClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(gateway().base() + "/api/v1/documents"))
                .header("Authorization", "Bearer " + forged).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void adminDeletesDocument() {
        UUID scratch = submit("contributor", TestDocuments.batchDocument(TestDocuments.marker(), 2), "public");
        assertThat(gateway().delete("admin", "/api/v1/documents/" + scratch).status()).isEqualTo(204);
        assertThat(gateway().get("admin", "/api/v1/documents/" + scratch).status()).isEqualTo(404);
    }
}
