package io.policylens.system.e2e;

import io.policylens.system.stack.ApiResponse;
import io.policylens.system.stack.StackParts;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL is stopped under the running services, right after 24 documents were submitted (the extraction services
 * are still applying some of their changes): the three services that own a database report not-ready (503 on
 * /q/health/ready) and submissions are refused with 503 and Retry-After rather than lost; PostgreSQL comes back: the
 * services are ready again by themselves, every document accepted before is still there and extracted, none was
 * dead-lettered (an outage is waited out, not blamed on the change), and new documents are extracted.
 */
@Order(5)
class PostgresRestartE2ETest extends E2eTest {

    private static final int SUBMITTED_BEFORE_STOP = 24;
    private static final List<String> EXTRACTION_SERVICES = List.of("claims", "recommendations");
    private static final List<String> DATABASE_SERVICES = List.of("documents-service", "claims-service",
            "recommendations-service");

    @Test
    void servicesReportNotReadyThenRecoverWithoutLosingDocuments() {
        String marker = TestDocuments.marker();
        Map<String, Integer> deadLettersBefore = new LinkedHashMap<>();
        EXTRACTION_SERVICES.forEach(s -> deadLettersBefore.put(s, deadLetters(s).size()));
        Map<UUID, String> accepted = new LinkedHashMap<>();
        // enough documents that the extraction services are still applying some when PostgreSQL stops
        for (int n = 0; n < SUBMITTED_BEFORE_STOP; n++) {
            String content = TestDocuments.batchDocument(marker, n);
            accepted.put(submit(PARTNER_A, content, "public"), content);
        }

        stack().stop("postgres", false);
        for (String service : DATABASE_SERVICES) {
            assertThat(await(() -> stack().readiness(service) == 503, Duration.ofSeconds(60)))
                    .as("%s reports not-ready without its database", service).isTrue();
        }
        ApiResponse refused = gateway().post(PARTNER_A, "/api/v1/documents",
                Map.of("content", TestDocuments.batchDocument(marker, 99), "format", "text", "visibility", "public"));
        assertThat(refused.status()).as("a submission without a database: %s", refused).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).as("when to try again").isPresent();

        stack().start("postgres");
        for (String service : StackParts.SERVICES) {
            assertThat(await(() -> stack().readiness(service) == 200, Duration.ofSeconds(90)))
                    .as("%s ready again after PostgreSQL came back", service).isTrue();
        }

        for (UUID id : accepted.keySet()) {
            assertThat(gateway().get(PARTNER_A, "/api/v1/documents/" + id).status())
                    .as("document %s after the restart", id).isEqualTo(200);
        }
        List<UUID> all = new ArrayList<>(accepted.keySet());
        String content = TestDocuments.batchDocument(marker, 100);
        UUID after = submit(PARTNER_A, content, "public");
        all.add(after);
        awaitExtracted(PARTNER_A, all);
        assertThat(ids(claimsOf(PARTNER_A, after))).isEqualTo(expectedClaimIds(after, content));
        for (String service : EXTRACTION_SERVICES) {
            assertThat(deadLetters(service)).as("%s dead letters after the outage", service)
                    .hasSize(deadLettersBefore.get(service));
        }
    }

    private static boolean await(java.util.function.BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
