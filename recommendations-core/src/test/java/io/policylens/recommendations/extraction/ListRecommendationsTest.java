package io.policylens.recommendations.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListRecommendationsTest {

    private static final String DOCUMENT = """
            # Allied technology policy

            South Korea and the United States trade more chips than ever. Seoul hosts two of the largest memory makers.

            ## Policy Recommendations

            There are several steps policymakers can take to deepen the partnership:

            - Widen Biotech Supply Partnerships: Joint programmes should focus on antibiotic ingredients made outside \
            China. A wider base of suppliers could help reduce price spikes. Seoul already funds two pilot plants.
            - Align tax incentives for joint research in power semiconductors.
            - Support for small suppliers in both countries.

            The committee recommends the following:

            - The creation of a joint fund for battery recycling start-ups.
            - Expanding exchange programmes for chip engineers.

            1. Launch a yearly dialogue on AI safety testing with Quad partners.
            2. Deepen cooperation on undersea cables through the Development Finance Corporation.
            """;

    private final List<ExtractedRecommendation> found = Docs.extract(DOCUMENT);

    @Test
    void labelStaysWithTheFirstSentenceOfItsItemAndLaterSentencesAreJudgedAlone() {
        assertThat(Docs.find(found, "Widen Biotech Supply Partnerships")).get().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Widen Biotech Supply Partnerships: Joint programmes should focus on "
                    + "antibiotic "
                    + "ingredients made outside China.");
            assertThat(r.strength()).isEqualTo("should");
            assertThat(r.actor()).isEqualTo("United States and South Korea");
        });
        assertThat(Docs.find(found, "could help reduce")).isEmpty();
        assertThat(Docs.find(found, "already funds")).isEmpty();
    }

    @Test
    void imperativeItemsAreRecommendationsWithoutTheirMarker() {
        assertThat(Docs.find(found, "Align tax incentives")).get().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Align tax incentives for joint research in power semiconductors.");
            assertThat(r.strength()).isEqualTo("imperative");
        });
        assertThat(Docs.find(found, "Launch a yearly dialogue")).get()
                .satisfies(r -> assertThat(r.strength()).isEqualTo("imperative"));
    }

    @Test
    void fragmentsAndGerundsTakeTheirStrengthFromTheLeadIn() {
        assertThat(Docs.find(found, "The creation of a joint fund")).get()
                .satisfies(r -> assertThat(r.strength()).isEqualTo("recommend"));
        assertThat(Docs.find(found, "Expanding exchange programmes")).get()
                .satisfies(r -> assertThat(r.strength()).isEqualTo("recommend"));
    }

    @Test
    void leadInsThatNameNoActionAreNotRecommendations() {
        assertThat(Docs.find(found, "steps policymakers can take")).isEmpty();
        assertThat(Docs.find(found, "recommends the following")).isEmpty();
    }

    @Test
    void forumsAndInstrumentsAreNamed() {
        assertThat(Docs.find(found, "Deepen cooperation on undersea cables")).get()
                .satisfies(r -> assertThat(r.forums()).contains("Development Finance Corporation"));
        assertThat(Docs.find(found, "Launch a yearly dialogue")).get()
                .satisfies(r -> assertThat(r.forums()).anyMatch(f -> f.contains("Quad")));
    }

    @Test
    void spansPointIntoTheAnalysedText() {
        var document = Docs.analyse(DOCUMENT);
        for (ExtractedRecommendation r : new RecommendationExtractor().extract(document)) {
            assertThat(document.text().substring(r.start(), r.end())).isEqualTo(r.text());
            assertThat(r.sentenceIndex()).isBetween(0, document.sentences().size() - 1);
        }
    }
}
