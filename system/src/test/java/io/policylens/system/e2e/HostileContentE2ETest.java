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
 * The incident of issue #20 on the real stack (services at the local stack's 192 MB heap): one POST
 * /api/v1/claims/extract by a reader with 186 KB of nested unclosed headings made claims-service throw
 * OutOfMemoryError, the gateway answered 504 and the feed consumer stopped for good. Now the payload is answered
 * normally by both extract endpoints and documents-service, content over the limits gets 413, and documents
 * submitted afterwards are still extracted.
 */
@Order(6)
class HostileContentE2ETest extends E2eTest {

    private static final String CONFIRMED = "<h1><div>".repeat(250) + "<b>x</b>".repeat(23_000);

    @Test
    void theConfirmedOutOfMemoryPayloadIsAnsweredAndTheConsumersGoOn() {
        JsonNode claims = gateway().post("reader", "/api/v1/claims/extract",
                Map.of("text", CONFIRMED, "format", "html")).expect(200).json();
        assertThat(claims.path("sentences").asInt()).isPositive();
        gateway().post("reader", "/api/v1/recommendations/extract", Map.of("text", CONFIRMED, "format", "html"))
                .expect(200);
        gateway().post(PARTNER_A, "/api/v1/documents",
                Map.of("content", CONFIRMED + "<p>" + TestDocuments.marker() + "</p>",
                "format", "html", "visibility", "partner")).expect(201);

        overLimit(gateway().post("reader", "/api/v1/claims/extract",
                Map.of("text", "Go! ".repeat(5_001))), "too-many-sentences");
        overLimit(gateway().post(PARTNER_A, "/api/v1/documents",
                Map.of("content", "Go! ".repeat(20_001), "format", "text", "visibility", "partner")),
                "too-many-sentences");

        // the services survived: claims-service is ready and its consumer still extracts new documents
        assertThat(stack().readiness("claims-service")).isEqualTo(200);
        String marker = TestDocuments.marker();
        UUID after = submit(PARTNER_A, TestDocuments.batchDocument(marker, 0), "partner");
        awaitExtracted(PARTNER_A, List.of(after));
        JsonNode feed = gateway().get("admin", "/api/v1/claims/admin/feed").expect(200).json();
        assertThat(feed.path("lastError").isNull() || feed.path("lastError").isMissingNode()).as(feed.toString())
                .isTrue();
    }

    /** A 413 problem of the given type, relayed by the gateway. */
    private static void overLimit(ApiResponse answer, String type) {
        answer.expect(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asText()).endsWith("/" + type);
    }
}
