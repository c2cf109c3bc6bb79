package io.policylens.recommendations.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences with a cue that still propose nothing: feelings, costs, past positions, rallying cries, headings. */
class NotProposalsTest {

    private static final String CONTEXT = "# Notes on rail freight\n\n"
            + "Freight volumes on the northern lines fell by a fifth in 2023.\n\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Regulators should be deeply worried about the fall in rail freight volumes.
            Ministers should keep modest expectations for the first year of the reform.
            Operators must feel the pressure of rising diesel prices.
            Electrifying the northern lines will require a considerable public effort over many years.
            Rebuilding the depots will require $2 billion in new capital.
            The ministry previously held a cautious view which said operators should wait for new engines.
            In 2022 the regulator previously adopted a light approach, recommending voluntary safety reports.
            The government has proposed and begun to implement deep cuts to the rail maintenance budget.
            ‘We must act now,’ the union leader told the rally.
            """)
    void cuesThatProposeNoActionAreNotRecommendations(String sentence) {
        assertThat(Docs.extract(CONTEXT + sentence + "\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Upgrading the signals will require replacing the old relay boxes on every line.
            As previously recommended, the regulator should publish monthly delay figures.
            The agency previously approved two pilots, but it should now fund a national freight scheme.
            The ministry has proposed new funding for freight terminals.
            We must act on the backlog of track repairs before the winter.
            Operators should be required to publish their delay figures.
            """)
    void nearbyProposalsStillCount(String sentence) {
        assertThat(Docs.extract(CONTEXT + sentence + "\n")).hasSize(1);
    }

    @Test
    void boldRunInHeadingOfAPlanIsAHeadingAndOnlyTheSentenceAfterItIsJudged() {
        List<ExtractedRecommendation> found = Docs.extractText("""
                The Freight Plan

                The minister's freight plan will:

                -   **Expand night services on the main lines. **In most regions, freight trains run only by day.
                -   **Open new inland ports. **The minister is calling on Parliament to fund three inland ports.
                """);

        assertThat(found).extracting(ExtractedRecommendation::text).singleElement().asString()
                .contains("calling on Parliament");
    }

    @Test
    void boldImperativeInAListOfProposalsStaysAProposal() {
        List<ExtractedRecommendation> found = Docs.extractText("""
                Recommendations to revive rail freight include the following:

                1. __Build three inland ports near the northern lines.__ Most goods reach the coast by road today.
                """);

        assertThat(found).extracting(ExtractedRecommendation::strength).containsExactly("imperative");
    }

    @Test
    void bulletPointsUnderAHeadlineAreNotItemsOfItsProposal() {
        List<ExtractedRecommendation> found = Docs.extractText("""
                Families should cut their energy use by a third, says the regulator

                  • Price cap rises for the third time this year
                  • Officials say homes should lower the heating by one degree

                Energy prices rose again in October.
                """);

        assertThat(found).extracting(ExtractedRecommendation::text)
                .containsExactly("Officials say homes should lower the heating by one degree");
    }
}
