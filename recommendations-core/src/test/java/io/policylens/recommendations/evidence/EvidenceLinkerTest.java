package io.policylens.recommendations.evidence;

import io.policylens.recommendations.extraction.ExtractedRecommendation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceLinkerTest {

    private final ExtractedRecommendation recommendation = new ExtractedRecommendation(500, 580,
            "Washington and Seoul should co-finance a lithium refinery in Chile.", "United States and South Korea",
            "should", "co-finance a lithium refinery in Chile", List.of("critical-minerals"), List.of(),
            List.of("united-states", "south-korea", "chile"), 10, "Critical minerals", false);

    @Test
    void linksSupportingClaimsBestFirstWithAReason() {
        List<EvidenceCandidate> claims = List.of(
                new EvidenceCandidate("c-near", 8, 4, "Critical minerals", Set.of("chile", "china"), Set.of("critical-minerals")),
                new EvidenceCandidate("c-far", 40, 12, "Shipbuilding", Set.of("japan"), Set.of("defense")),
                new EvidenceCandidate("c-topic", 25, 9, "Batteries", Set.of(), Set.of("critical-minerals")),
                new EvidenceCandidate("c-shared", 14, 6, "Batteries", Set.of("south-korea"), Set.of("critical-minerals")));

        List<EvidenceLink> links = new EvidenceLinker().link(recommendation, 4, claims);

        // A shared topic alone, far away in another section, is not support.
        assertThat(links).extracting(EvidenceLink::claimId).containsExactly("c-near", "c-shared");
        assertThat(links.get(0).reason()).contains("same paragraph").contains("chile").contains("2 sentences before");
        assertThat(links.get(0).score()).isGreaterThan(links.get(1).score());
    }

    @Test
    void aSentenceIsNeverEvidenceForItself() {
        List<EvidenceCandidate> claims = List.of(new EvidenceCandidate("self", 10, 4, "Critical minerals",
                Set.of("chile"), Set.of("critical-minerals")));

        assertThat(new EvidenceLinker().link(recommendation, 4, claims)).isEmpty();
    }
}
