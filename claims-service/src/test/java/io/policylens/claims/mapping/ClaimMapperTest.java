package io.policylens.claims.mapping;

import io.policylens.claims.extraction.ClaimIds;
import io.policylens.claims.extraction.ClaimType;
import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.claims.extraction.Hedging;
import io.policylens.claims.quantities.Quantity;
import io.policylens.claims.repository.ClaimEntity;
import io.policylens.claims.sources.CitedSource;
import io.policylens.documents.client.sync.DocumentFields;
import io.policylens.documents.contract.RemoteDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored claims round-trip to what the matcher needs. */
class ClaimMapperTest {

    private final UUID documentId = UUID.randomUUID();

    @Test
    void storedClaimsRoundTripForMatching() {
        Quantity share = new Quantity(60, "percent", null, "global DRAM market", "2023", false, 57, 67, "60 percent");
        ExtractedClaim claim = new ExtractedClaim(32, 120,
                        "South Korea accounts for 60 percent of the global DRAM market.", ClaimType.STATISTIC, 0.97,
                        new Hedging(true, List.of("around")), List.of(share), List.of("south-korea"), Optional.of(
                                new CitedSource("Korea Semiconductor Industry Association", "according to", 90, 120)),
                        2);
        ClaimEntity entity = new ClaimEntity();
        DocumentFields fields = DocumentFields.of(new RemoteDocument(documentId, "Brief", List.of(), "Institute",
                                LocalDate.of(2024, 1, 2), "https://example.org/b", "public", "partner-a", 4));
        ClaimMapper.apply(entity, documentId, claim, null, fields, "v1", OffsetDateTime.now());

        assertThat(entity.id).isEqualTo(ClaimIds.of(documentId, 32, 120));
        assertThat(entity.measureWords).containsExactly("dram", "market");
        assertThat(entity.visibility).isEqualTo("public");
        assertThat(entity.documentRevision).isEqualTo(4);
        ExtractedClaim back = ClaimMapper.toExtracted(entity);
        assertThat(back.quantities()).containsExactly(share);
        assertThat(back.entities()).containsExactly("south-korea");
        assertThat(back.type()).isEqualTo(ClaimType.STATISTIC);
        assertThat(back.hedging().cues()).containsExactly("around");
        assertThat(back.source())
                .get()
                .extracting(CitedSource::name)
                .isEqualTo("Korea Semiconductor Industry Association");
    }
}
