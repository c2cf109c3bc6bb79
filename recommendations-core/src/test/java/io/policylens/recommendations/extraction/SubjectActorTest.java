package io.policylens.recommendations.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The actor is read from the sentence (GUIDELINES R10): subjects, addressees, pronouns, and what is no actor. */
class SubjectActorTest {

    /** A document about housing in Canada: Canada is named often, but never as the one asked to act below. */
    private static final String CONTEXT = "# Housing brief\n\n"
            + "Canada built fewer homes last year than in any year since 2015. Rents in Canada rose by a tenth.\n\n";

    private static String actorOf(String document, String fragment) {
        List<ExtractedRecommendation> found = Docs.extract(document);
        return Docs.find(found, fragment).orElseThrow(() -> new AssertionError("no recommendation with " + fragment
                + " in " + found)).actor();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Landlords should register every rental unit with the city.                         | landlords
            Housing associations must publish their waiting lists every quarter.               | housing associations
            Food and drinks makers should cut the salt in ready meals.                         | food and drinks makers
            Hospital trusts should share staff across the region.                              | hospital trusts
            Nurses who leave the public service should repay part of their training.           | nurses
            Mortgage lenders and insurers should agree on a common flood risk score.           | mortgage lenders and \
            insurers
            The central bank and the treasury should coordinate their stress tests.            | central bank and \
            treasury
            NGOs must report how donations are spent.                                          | NGOs
            """)
    void aCommonNounPhraseThatNamesAPartyIsTheActor(String sentence, String actor) {
        assertThat(actorOf(CONTEXT + sentence + "\n", sentence.substring(0, 20))).isEqualTo(actor);
    }

    @Test
    void theSpeakerIsNotTheActorOfAReportedRecommendation() {
        String document = CONTEXT + "Dr Moreau said private developers should build more rental homes near transit.\n\n"
                + "The minister urged provinces to cut development charges by half.\n\n"
                + "The council is calling on landlords to freeze rents for a year.\n\n"
                + "The agency told municipalities at the meeting that delays were costly and urged faster permits.\n";

        assertThat(actorOf(document, "private developers")).isEqualTo("private developers");
        assertThat(actorOf(document, "development charges")).isEqualTo("provinces");
        assertThat(actorOf(document, "freeze rents")).isEqualTo("landlords");
        assertThat(actorOf(document, "faster permits")).isEqualTo("municipalities");
    }

    @Test
    void aCountryTheDocumentTalksAboutNeverOverridesAnExplicitSubjectOrTakesAnUnaddressedProposal() {
        String document = "# Trade brief\n\nChina's exports of steel doubled. China now makes half the world's steel. "
                + "China subsidises its mills.\n\n"
                + "Importers should check the origin of every steel shipment from China.\n\n"
                + "Undergraduate courses in metallurgy should be expanded.\n";

        assertThat(actorOf(document, "Importers")).isEqualTo("importers");
        // passive, no paragraph actor, no state-like addressee anywhere: nobody is named (R10 "otherwise null")
        assertThat(actorOf(document, "metallurgy")).isNull();
    }

    @Test
    void passiveAndThingSubjectsTakeTheActorTheDocumentAddresses() {
        String document = "# Grid brief\n\nPower prices in Spain and France rose last winter. France exported less.\n\n"
                + "The European Commission should propose a common reserve for winter peaks.\n\n"
                + "The Commission must also publish the stress test results.\n\n"
                + "Cross-border capacity should be doubled by 2030.\n\n"
                + "Reducing France's reliance on old reactors will require new interconnectors.\n";

        assertThat(actorOf(document, "common reserve")).isEqualTo("European Commission");
        assertThat(actorOf(document, "stress test")).isEqualTo("European Commission");
        assertThat(actorOf(document, "Cross-border")).isEqualTo("European Commission");
        // the country inside a gerund's object is not the one to act
        assertThat(actorOf(document, "interconnectors")).isEqualTo("European Commission");
    }

    @Test
    void pronounsTakeTheNearestPartyOfTheirNumber() {
        String document = "# Skills brief\n\n"
                + "As regional colleges grow into training hubs, they should run apprenticeships for employers.\n\n"
                + "Course fees should be capped and they must report completion rates.\n\n"
                + "The report praised Norway, Denmark and Finland, which have met their targets, and urged them to "
                + "share "
                + "their methods.\n\n"
                + "Congress rejected the plan last year, and as the new session opens, it should vote again.\n\n"
                + "The President vetoed the bill, but as Congress returns to work, it seems clear that it should try "
                + "again.\n";

        assertThat(actorOf(document, "apprenticeships")).isEqualTo("regional colleges");
        assertThat(actorOf(document, "completion rates")).isEqualTo("regional colleges");
        assertThat(actorOf(document, "share their methods")).isEqualTo("Norway, Denmark and Finland");
        assertThat(actorOf(document, "vote again")).isEqualTo("Congress");
        assertThat(actorOf(document, "try again")).isEqualTo("Congress");
    }

    @Test
    void groupsKeepTheirPartiesAndAlliesJoinTheUnitedStates() {
        String document = "# Export controls\n\nChina bought more lithography tools than ever.\n\n"
                + "The United States and its allies should tighten controls on spare parts.\n\n"
                + "In the area of research security the United States and Japan should share watch lists.\n";

        assertThat(actorOf(document, "spare parts")).isEqualTo("United States and allies");
        assertThat(actorOf(document, "watch lists")).isEqualTo("United States and Japan");
    }

    @Test
    void listItemsWithoutSubjectTakeTheLeadInNotTheirObjects() {
        String document = "# Shipbuilding\n\nChina builds half the world's ships.\n\n"
                + "To rebuild its yards, the United States must:\n\n"
                + "- Impose port fees on carriers operating Chinese-built vessels.\n"
                + "- Mandate the Department of Labor to train welders.\n";

        assertThat(actorOf(document, "port fees")).isEqualTo("United States");
        assertThat(actorOf(document, "train welders")).isEqualTo("United States");
    }

    @Test
    void governmentAndPolicymakersAreTheCountryTheProposalsAddress() {
        String document = "# Chips\n\nChina leads in legacy chips. China doubled its capacity.\n\n"
                + "Washington should fund a legacy chip reserve.\n\n"
                + "Policymakers must also track Chinese chips in defence supply chains.\n";

        assertThat(actorOf(document, "track Chinese chips")).isEqualTo("United States");
    }
}
