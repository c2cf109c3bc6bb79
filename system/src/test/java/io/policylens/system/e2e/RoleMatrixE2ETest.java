package io.policylens.system.e2e;

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
 * The role matrix on a sample of endpoints, with real Keycloak tokens of the realm's users (reader < contributor <
 * analyst < admin, cumulative) and partner clients (role contributor): each row is one caller and one call.
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
            analyst       | DELETE | /api/v1/documents/{doc}                    | 403
            contributor-b | GET    | /api/v1/documents/{doc}                    | 200
            contributor-b | PUT    | /api/v1/claims/{claim}/review              | 403
            """)
    void roleDecidesAccess(String who, String method, String path, int expected) {
        String resolved = path.replace("{doc}", document.toString()).replace("{claim}", claim).replace("{rec}", recommendation);
        Object body = switch (method + " " + path) {
            case "POST /api/v1/documents" -> Map.of("content", TestDocuments.batchDocument(TestDocuments.marker(), 1), "format", "text");
            case "PUT /api/v1/claims/{claim}/review" -> Map.of("status", "disputed", "note", "checked by " + who);
            case "POST /api/v1/recommendations/{rec}/status" -> Map.of("status", "under_consideration", "note", "on the agenda");
            default -> null;
        };
        ApiResponse answer = gateway().send("anonymous".equals(who) ? GatewayClient.ANONYMOUS : who, method, resolved, body);
        assertThat(answer.status()).as("%s %s %s: %s", who, method, resolved, answer).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(answer.contentType()).as("errors are problem+json").startsWith("application/problem+json");
        }
    }

    @Test
    void reviewerIsTakenFromTheToken() {
        gateway().put("analyst", "/api/v1/claims/" + claim + "/review", Map.of("status", "verified", "note", "matches the council's tables")).expect(200);
        String history = gateway().get("reader", "/api/v1/claims/" + claim + "/reviews").expect(200).body();
        assertThat(history).contains("analyst").contains("matches the council's tables");
    }

    @Test
    void tamperedTokenIsRejected() throws Exception {
        String token = E2eStack.tokens().token("admin");
        String[] parts = token.split("\\.");
        // same header and signature, but the payload claims another partner: the signature no longer matches
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("partner-a", "partner-b");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        HttpResponse<String> answer = GatewayClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gateway().base() + "/api/v1/documents"))
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
