package io.policylens.recommendations.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModalStatementsTest {

    private static final String CONTEXT = "# Brief on chip cooperation\n\n"
            + "The United States and South Korea have expanded their semiconductor trade since 2021. "
            + "South Korea supplies a large share of memory chips to American firms.\n\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Seoul should open a second round of talks on chip export licences.                        | should | \
            South Korea
            Washington must restore funding for the joint semiconductor research programme.            | must   | \
            United States
            The allies need to agree on a single standard for battery recycling.                       | must   | \
            United States and South Korea
            Korea ought to publish its critical minerals strategy before the next summit.              | should | \
            South Korea
            It is essential that Seoul and Washington share early warnings of supply disruptions.      | must   | \
            United States and South Korea
            It is important that Tokyo take part in the working group on lithography tools.            | should | Japan
            The ROK would be wise to diversify its sources of neon gas.                                | should | \
            South Korea
            The United States and South Korea could co-finance fibre networks in the Pacific islands.  | could  | \
            United States and South Korea
            Both countries will need to seek a fair division of labour in the chip supply chain.       | must   | \
            United States and South Korea
            We need a permanent secretariat for the technology dialogue.                               | must   | \
            South Korea
            More investment is needed in training chip engineers at Korean universities.               | must   | \
            South Korea
            Japan, South Korea, and the U.S. should hold a yearly drill on supply chain shocks.        | should | \
            United States, Japan and South Korea
            """)
    void modalSentencesAreRecommendationsWithTheirStrengthAndAddressee(String sentence, String strength, String actor) {
        String document = CONTEXT.replace("The United States and South Korea have",
                "South Korea and the United States have")
                + sentence + "\n\nSouth Korea will remain a key supplier for Korea-focused chip makers in Korea.\n";
        List<ExtractedRecommendation> found = Docs.extract(document);

        assertThat(found).hasSize(1);
        ExtractedRecommendation recommendation = found.get(0);
        assertThat(recommendation.text()).isEqualTo(sentence);
        assertThat(recommendation.strength()).isEqualTo(strength);
        assertThat(recommendation.actor()).isEqualTo(actor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            South Korea's partnership with India could help reduce reliance on imported APIs.
            A joint declaration would help manage expectations on both sides.
            Political deadlock in Seoul could delay the budget for research.
            New export rules could increase costs for small suppliers.
            This should be of interest to investors who follow the battery sector.
            The debate about what a federal privacy law should look like has gone on for years.
            Should the negotiations stall, tariffs on steel would rise again.
            Korea cannot compete with China on price alone.
            Another area for potential collaboration is the commercialization of hydrogen.
            There is an opportunity to align charging standards for electric vehicles.
            Under the new act, chip makers must report any expansion in China.
            The bill requires that federal agencies must share threat data within a week.
            South Korea has already invested heavily in next-generation wireless networks.
            """)
    void statementsThatProposeNoActionAreNotRecommendations(String sentence) {
        assertThat(Docs.extract(CONTEXT + sentence + "\n")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void headingsQuestionsAndLeadInsAreSkippedEvenWithModals() {
        String document = """
                # Cooperation Should Go Beyond Two Capitals

                How should the allies respond to the new controls?

                This note recommends three lines of effort:

                - Strengthen joint screening of outbound investment in chip design.
                """;
        List<ExtractedRecommendation> found = Docs.extract(document);

        assertThat(found).extracting(ExtractedRecommendation::text)
                .containsExactly("Strengthen joint screening of outbound investment in chip design.");
    }

    @org.junit.jupiter.api.Test
    void negatedAdviceIsARecommendationMarkedAsNegated() {
        List<ExtractedRecommendation> found = Docs.extract(CONTEXT
                + "The United States should not impose tariffs on batteries made by allied firms.\n");

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.negated()).isTrue();
            assertThat(r.strength()).isEqualTo("should");
            assertThat(r.actor()).isEqualTo("United States");
        });
    }
}
