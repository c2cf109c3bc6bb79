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
                new EvidenceCandidate("c-near", 8, 4, "Critical minerals", Set.of("chile", "china"),
                        Set.of("critical-minerals")),
                new EvidenceCandidate("c-far", 40, 12, "Shipbuilding", Set.of("japan"), Set.of("defense")),
                new EvidenceCandidate("c-topic", 25, 9, "Batteries", Set.of(), Set.of("critical-minerals")),
                new EvidenceCandidate("c-shared", 14, 6, "Batteries", Set.of("south-korea"),
                        Set.of("critical-minerals")));

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

    @Test
    void couldSupportIsTheNecessaryPartOfTheLinkRule() {
        // same paragraph alone, a shared entity alone, a shared topic alone: each makes a link possible
        assertThat(EvidenceLinker.couldSupport(recommendation, 4, 9, 4, Set.of(), Set.of())).isTrue();
        assertThat(EvidenceLinker.couldSupport(recommendation, 4, 30, 11, Set.of("chile"), Set.of())).isTrue();
        assertThat(EvidenceLinker.couldSupport(recommendation, 4, 30, 11, Set.of(),
                Set.of("critical-minerals"))).isTrue();
        // nearness or the same section without anything shared is not support, nor is the sentence itself
        assertThat(EvidenceLinker.couldSupport(recommendation, 4, 11, 5, Set.of("japan"), Set.of("defense"))).isFalse();
        assertThat(EvidenceLinker.couldSupport(recommendation, -1, 9, 4, Set.of(), Set.of())).isFalse();
        assertThat(EvidenceLinker.couldSupport(recommendation, 4, 10, 4, Set.of("chile"), Set.of())).isFalse();

        List<EvidenceCandidate> claims = List.of(
                new EvidenceCandidate("paragraph", 9, 4, "Critical minerals", Set.of(), Set.of()),
                new EvidenceCandidate("entity", 12, 5, "Critical minerals", Set.of("chile"), Set.of()),
                new EvidenceCandidate("nothing-shared", 11, 5, "Critical minerals", Set.of("japan"), Set.of("defense")),
                new EvidenceCandidate("self", 10, 4, "Critical minerals", Set.of("chile"),
                        Set.of("critical-minerals")));
        List<EvidenceLink> links = new EvidenceLinker(0.0, 10).link(recommendation, 4, claims);
        // with no minimum score, exactly the candidates that pass couldSupport are linked
        assertThat(links).extracting(EvidenceLink::claimId).containsExactlyInAnyOrder("paragraph", "entity");
    }
}
