package io.policylens.system.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * claims-service is killed (SIGKILL, no shutdown hooks) while a batch of documents is being submitted and
 * extracted, the rest of the batch is submitted while it is down, then it is started again: it resumes from the
 * cursor in its database and every claim of every document is present exactly once.
 */
@Order(4)
class ClaimsServiceCrashE2ETest extends E2eTest {

    private static final int BATCH = 30;
    private static final int BEFORE_CRASH = 12;

    @Test
    void everyClaimExactlyOnceAfterCrashDuringBatch() {
        String marker = TestDocuments.marker();
        Map<UUID, String> batch = new LinkedHashMap<>();
        for (int n = 0; n < BATCH; n++) {
            String content = TestDocuments.batchDocument(marker, n);
            batch.put(submit(PARTNER_A, content, "public"), content);
            if (n + 1 == BEFORE_CRASH) {
                stack().stop("claims-service", true);
                assertThat(stack().readiness("claims-service")).isZero();
            }
        }
        // while claims-service is down the gateway still serves the documents, with the claims part degraded
        UUID last = new ArrayList<>(batch.keySet()).get(BATCH - 1);
        JsonNode degraded = gateway().get(PARTNER_A, "/api/v1/documents/" + last + "/analysis").expect(200).json();
        assertThat(degraded.path("degraded").asBoolean()).isTrue();
        assertThat(degraded.path("missing").toString()).contains("claims");

        stack().start("claims-service");
        awaitExtracted(PARTNER_A, List.copyOf(batch.keySet()));

        int total = 0;
        for (Map.Entry<UUID, String> document : batch.entrySet()) {
            List<JsonNode> claims = claimsOf(PARTNER_A, document.getKey());
            assertThat(ids(claims)).as("claims of document %s", document.getKey())
                    .hasSize(claims.size())
                    .isEqualTo(expectedClaimIds(document.getKey(), document.getValue()));
            total += claims.size();
        }
        assertThat(total).isGreaterThanOrEqualTo(BATCH * 3);
        // the consumer caught up with the head of the feed
        JsonNode feed = gateway().get("admin", "/api/v1/claims/admin/feed").expect(200).json();
        System.out.println("e2e: claims feed after the crash " + feed);
    }
}
