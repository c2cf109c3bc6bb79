package io.policylens.recommendations.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportedAndAddresseeTest {

    @Test
    void reportedRecommendationsKeepTheirOwnModalOrTakeRecommend() {
        List<ExtractedRecommendation> found = Docs.extract("""
                # Oversight of biotech

                The commission said Congress should create an office for biotech supply chain risks.

                The panel urged the Department of Commerce to shorten licence reviews for allied labs.

                The report calls on Congress to fund a reserve of essential medicines.

                Many analysts in Seoul argue that Korea must keep its distance from both great powers.
                """);

        assertThat(found).extracting(ExtractedRecommendation::strength, ExtractedRecommendation::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple("should", "Congress"),
                org.assertj.core.groups.Tuple.tuple("recommend", "Department of Commerce"),
                org.assertj.core.groups.Tuple.tuple("recommend", "Congress"),
                org.assertj.core.groups.Tuple.tuple("must", "South Korea"));
    }

    @Test
    void addresseesAreNormalisedAndJoinedWithTheUnitedStatesFirst() {
        List<ExtractedRecommendation> found = Docs.extract("""
                # The next phase of the alliance

                Trade between South Korea and the United States reached a record last year. Korea and America now \
                share a chip working group.

                Talks will continue, but Seoul and Washington should set up a joint office for export controls.

                The new Lee Jae-myung government must raise spending on basic science.

                The two nations could pool their purchases of lithium through a shared buying agency.

                The United States has shown it can build coalitions quickly; it should apply that lesson to chips.
                """);

        assertThat(Docs.find(found, "joint office")).get().extracting(ExtractedRecommendation::actor)
                .isEqualTo("United States and South Korea");
        assertThat(Docs.find(found, "Lee Jae-myung")).get().extracting(ExtractedRecommendation::actor)
                .isEqualTo("South Korea");
        assertThat(Docs.find(found, "pool their purchases")).get().extracting(ExtractedRecommendation::actor)
                .isEqualTo("United States and South Korea");
        assertThat(Docs.find(found, "apply that lesson")).get().extracting(ExtractedRecommendation::actor)
                .isEqualTo("United States");
    }

    @Test
    void passiveOrElliptical_sentencesTakeTheActorOfTheParagraph() {
        List<ExtractedRecommendation> found = Docs.extract("""
                # Funding science

                Korea spends less on basic research than its neighbours. Japan spends more.

                Seoul must double its grants to young researchers. The application process should also be simplified.

                This must be pursued by the new Korean government as a priority.
                """);

        assertThat(Docs.find(found, "application process")).get().extracting(ExtractedRecommendation::actor)
                .isEqualTo("South Korea");
        assertThat(Docs.find(found, "pursued by")).get().extracting(ExtractedRecommendation::actor)
                .isEqualTo("South Korea");
    }

    @Test
    void aPresidentsRequestForFundsIsAddressedToTheLegislature() {
        List<ExtractedRecommendation> found = Docs.extract("""
                # Rural broadband

                Rural coverage in the United States still lags behind that of its neighbours.

                The President has called for an additional $3 billion for rural broadband in his budget.
                """);

        assertThat(found).extracting(ExtractedRecommendation::actor).containsExactly("Congress");
    }

    @Test
    void oddInputNeverFails() {
        for (String text : List.of("", "should", "- ", "It is", ":", "Should?", "We need", "1. Expand", "—\n\n– : ",
                "The US and and should should must could.", "Washington, Seoul, and should cooperate.")) {
            assertThat(Docs.extract(text)).isNotNull();
        }
    }

    @Test
    void versionIsPublished() {
        assertThat(RecommendationExtractor.VERSION).isNotBlank();
    }
}
