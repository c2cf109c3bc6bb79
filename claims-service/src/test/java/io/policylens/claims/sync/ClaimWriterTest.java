package io.policylens.claims.sync;

import io.policylens.claims.extraction.ClaimType;
import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.claims.extraction.Hedging;
import io.policylens.claims.quantities.Quantity;
import io.policylens.claims.repository.ClaimEntity;
import io.policylens.claims.repository.ClaimRepository;
import io.policylens.claims.repository.ProcessedDocumentRepository;
import io.policylens.claims.repository.ReviewRepository;
import io.policylens.claims.sources.CitedSource;
import io.policylens.documents.client.sync.DocumentFields;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writes the feed consumer makes, straight against the database: re-extraction must update kept claims, delete
 * vanished ones and leave reviews alone.
 */
@QuarkusTest
class ClaimWriterTest {

    @Inject
    ClaimWriter writer;

    @Inject
    ClaimRepository claims;

    @Inject
    ReviewRepository reviews;

    @Inject
    ProcessedDocumentRepository markers;

    private static final Quantity SHARE =
            new Quantity(
                    60, "percent", null, "global DRAM market", "2023", false, 25, 35, "60 percent");

    @Test
    void reExtractionUpdatesKeptClaimsRemovesVanishedOnesAndKeepsReviews() {
        UUID documentId = UUID.randomUUID();
        ExtractedClaim kept =
                new ExtractedClaim(
                        0,
                        40,
                        "South Korea makes 60 percent of DRAM chips.",
                        ClaimType.STATISTIC,
                        0.9,
                        new Hedging(true, List.of("about")),
                        List.of(SHARE),
                        List.of("south-korea"),
                        Optional.of(new CitedSource("KSIA", "according to", -1, -1)),
                        0);
        ExtractedClaim vanishing =
                new ExtractedClaim(41, 80, "Exports doubled in 2023.", ClaimType.EVENT, 0.6);
        DocumentFields first =
                new DocumentFields(
                        "partner-a",
                        "partner",
                        "Brief",
                        "Institute",
                        LocalDate.of(2024, 1, 2),
                        "https://example.org/b",
                        1);
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                writer.replaceClaims(
                                        documentId,
                                        first,
                                        List.of(kept, vanishing, kept),
                                        Map.of(),
                                        "fp1",
                                        "v1",
                                        null));

        List<ClaimEntity> stored = byStart(documentId);
        assertThat(stored).extracting(c -> c.spanStart).containsExactly(0, 41);
        ClaimEntity storedKept = stored.get(0);
        assertThat(storedKept.quantities).hasSize(1).first().satisfies(q -> {
            assertThat(q.value()).isEqualTo(60);
            assertThat(q.measured()).isEqualTo("global DRAM market");
            assertThat(q.surface()).isEqualTo("60 percent");
        });
        assertThat(storedKept.hedges).containsExactly("about");
        assertThat(storedKept.entities).containsExactly("south-korea");
        assertThat(storedKept.measureWords).containsExactly("dram", "market");
        assertThat(storedKept.citedSource).isEqualTo("KSIA");
        assertThat(storedKept.documentPublishedDate).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(stored.get(1).quantities).isEmpty();
        assertThat(stored.get(1).citedSource).isNull();
        Marker afterFirst = writer.marker(documentId);
        assertThat(afterFirst).isEqualTo(new Marker(1, "v1", "fp1", false));

        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                reviews.record(
                                        storedKept.id,
                                        documentId,
                                        "verified",
                                        "checked",
                                        "analyst",
                                        "partner-a",
                                        at));

        // revision 2: the first claim stays with a new score, the second is gone, a third appears
        ExtractedClaim rescored = new ExtractedClaim(0, 40, kept.text(), ClaimType.STATISTIC, 0.5, Hedging.NONE,
                List.of(SHARE), List.of("south-korea"), Optional.empty(), 0);
        ExtractedClaim added =
                new ExtractedClaim(81, 120, "Tokyo fell by 3 percent.", ClaimType.STATISTIC, 0.7);
        DocumentFields second =
                new DocumentFields("partner-a", "public", "Brief v2", null, null, null, 2);
        QuarkusTransaction.requiringNew().run(() -> writer.replaceClaims(documentId, second, List.of(rescored, added),
                Map.of(), "fp2", "v1", afterFirst));

        List<ClaimEntity> rewritten = byStart(documentId);
        assertThat(rewritten).extracting(c -> c.spanStart).containsExactly(0, 81);
        ClaimEntity updated = rewritten.get(0);
        assertThat(updated.id).isEqualTo(storedKept.id);
        assertThat(updated.score).isEqualTo(0.5);
        assertThat(updated.hedged).isFalse();
        assertThat(updated.hedges).isEmpty();
        assertThat(updated.citedSource).isNull();
        assertThat(updated.visibility).isEqualTo("public");
        assertThat(updated.documentTitle).isEqualTo("Brief v2");
        assertThat(updated.documentPublisher).isNull();
        assertThat(updated.documentRevision).isEqualTo(2);
        assertThat(updated.extractedAt)
                .as("first extraction time is kept")
                .isEqualTo(storedKept.extractedAt);
        assertThat(updated.updatedAt).isAfter(storedKept.updatedAt);
        assertThat(QuarkusTransaction.requiringNew().call(() -> reviews.state(storedKept.id)))
                .get()
                .satisfies(s -> assertThat(s.status).isEqualTo("verified"));
        assertThat(writer.marker(documentId)).isEqualTo(new Marker(2, "v1", "fp2", false));

        // metadata only: every claim's scoping and display fields change, nothing else
        Marker afterSecond = writer.marker(documentId);
        DocumentFields third =
                new DocumentFields(
                        "partner-b",
                        "partner",
                        "Brief v3",
                        "Other",
                        LocalDate.of(2025, 5, 6),
                        "https://example.org/c",
                        3);
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                writer.updateDocumentFields(
                                        documentId, third, "fp2", "v1", afterSecond));
        List<ClaimEntity> renamed = byStart(documentId);
        assertThat(renamed).hasSize(2).allSatisfy(c -> {
            assertThat(c.ownerOrg).isEqualTo("partner-b");
            assertThat(c.visibility).isEqualTo("partner");
            assertThat(c.documentTitle).isEqualTo("Brief v3");
            assertThat(c.documentPublisher).isEqualTo("Other");
            assertThat(c.documentPublishedDate).isEqualTo(LocalDate.of(2025, 5, 6));
            assertThat(c.documentUrl).isEqualTo("https://example.org/c");
            assertThat(c.documentRevision).isEqualTo(3);
        });
        assertThat(renamed.get(0).score).isEqualTo(0.5);
        assertThat(writer.marker(documentId)).isEqualTo(new Marker(3, "v1", "fp2", false));

        // deleted: claims, review state and history go, a tombstone stays
        QuarkusTransaction.requiringNew().run(() -> writer.removeDocument(documentId, 2));
        assertThat(claims.forDocument(documentId)).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> reviews.state(storedKept.id))).isEmpty();
        assertThat(reviews.countHistory(storedKept.id)).isZero();
        assertThat(writer.marker(documentId)).isEqualTo(new Marker(3, "-", "-", true));
    }

    private List<ClaimEntity> byStart(UUID documentId) {
        // a transaction of its own: outside one, the test's request-scoped session would hand back the claims it loaded
        // before, not the rows as the writer left them
        return QuarkusTransaction.requiringNew().call(() -> claims.forDocument(documentId)).stream()
                .sorted(Comparator.comparingInt(c -> c.spanStart))
                .toList();
    }
}
