package io.policylens.claims.extraction;

import io.policylens.claims.quantities.Quantity;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.sentences.Sentence;
import io.policylens.documents.text.BlockKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per class of extraction error fixed for issue #19 (docs/claims-quality.md). Each pairs a sentence of the
 * class that must not be a claim (or must be one) with a close neighbour that keeps its verdict, so a rule that is
 * too broad fails as well as a missing one. Sentences written for these tests; none come from the evaluation data.
 */
class ErrorClassesTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    private boolean claim(String sentence) {
        return extractor.assess(sentence).claim();
    }

    private List<String> figures(String sentence) {
        return extractor.assess(sentence).quantities().stream().filter(Quantity::specific).map(Quantity::surface)
                .toList();
    }

    @Test
    void quotedOpinionsAreNotClaimsButQuotedFiguresAre() {
        assertThat(claim("Maria Lind, who chairs the Nordic Grid Forum, said: 'These sorry results prove the ministry "
                + "lost its way on planning.")).isFalse();
        assertThat(claim("'The whole licensing regime is a mess that only the ministry could have built,' the "
                + "Portuguese energy minister said.")).isFalse();
        assertThat(claim("Maria Lind, who chairs the Nordic Grid Forum, said: 'Grid losses cost Finland 340 million "
                + "euros in 2022.")).isTrue();
    }

    @Test
    void reportedOpinionsWithoutQuoteMarksAreNotClaims() {
        assertThat(claim("On Tuesday the Estonian finance minister Kaja Rebane said the 2027 deficit goals were "
                + "unattainable.")).isFalse();
        assertThat(claim("The Slovenian farmers' union told the agriculture committee that only a new subsidy scheme "
                + "could save Alpine dairies.")).isFalse();
        assertThat(claim("Opposition leader Tomas Varga blamed the weak harvest on the previous Hungarian government."))
                .isFalse();
        assertThat(claim("Dr Ines Moreau told senators in March that vaping had become 'fashionable' among French "
                + "teenagers.")).isFalse();
        // a reported fact, and a reported opinion that gives a figure, stay claims (C3, C4)
        assertThat(claim("On Tuesday the Estonian finance minister Kaja Rebane said the 2023 deficit fell to 3.4 "
                + "percent of GDP.")).isTrue();
        assertThat(claim("The Slovenian farmers' union told the agriculture committee that 140 Alpine dairies closed "
                + "in 2023.")).isTrue();
    }

    @Test
    void anOfficialReportingTheirOwnActionIsAClaim() {
        assertThat(claim("Last year we opened twelve regional offices for small exporters.")).isTrue();
        // first-person opinion keeps its verdict
        assertThat(claim("We believe the Baltic grid operators deserve far more credit than they get.")).isFalse();
    }

    @Test
    void aRecordLevelIsCheckableLikeAFigure() {
        assertThat(claim("Confidence among small retailers remains at a record low, outside of the holiday season."))
                .isTrue();
        // "low" on its own is a vague description (C2)
        assertThat(claim("Confidence among small retailers remains low, outside of the holiday season.")).isFalse();
    }

    @Test
    void statementsThatSomethingWillHelpAreNotClaims() {
        assertThat(claim("Joint procurement by Poland and Romania will help Ukrainian mills rebuild the capacity lost "
                + "since 2022.")).isFalse();
        assertThat(claim("Cheaper loans from the Nordic Investment Bank would help Latvian towns modernise their "
                + "district heating.")).isFalse();
        assertThat(claim("Joint procurement by Poland and Romania helped Ukrainian mills ship 4 million tonnes of "
                + "steel in 2023.")).isTrue();
    }

    @Test
    void theAuthorsHypotheticalWouldIsNotAClaim() {
        assertThat(claim("In most regions, the burden would fall mainly on Danish landlords rather than on tenants."))
                .isFalse();
        assertThat(claim("Such a levy would be paid mostly by landlords who bought Danish flats after the reform "
                + "passed in 2015.")).isFalse();
        // the same "would" reported as someone's stated intention is a claim (C4)
        assertThat(claim("The Danish Housing Minister announced on Monday that the government would cap rent rises at "
                + "4 percent.")).isTrue();
    }

    @Test
    void seemsAndAppearsHedgeTheWholeStatement() {
        assertThat(claim("Ottawa seems to have lost interest in the Arctic shipping corridor it championed in "
                + "Brussels.")).isFalse();
        assertThat(claim("The Chilean mining ministry appears reluctant to renew the Codelco lithium permits."))
                .isFalse();
        assertThat(claim("Ottawa withdrew its support for the Arctic shipping corridor in March 2021.")).isTrue();
    }

    @Test
    void theDocumentDescribingItselfIsNotAClaim() {
        assertThat(extractor.assess("This working paper outlines how Kenya and Ethiopia finance their geothermal "
                + "plants.").exclusion())
                .isEqualTo("self-description");
        assertThat(extractor.assess("Tables 4 and 5 illustrate how concessional loans to Kenya and Ethiopia shaped "
                + "their geothermal plans.").exclusion())
                .isEqualTo("self-description");
        assertThat(extractor.assess("The scoring method is summarized below, with the full data in the annex.")
                .exclusion())
                .isEqualTo("self-description");
        // a placement word that compares is not layout, and a credited finding stays a claim
        assertThat(claim("In 2022, Kenya was ranked below Ethiopia in geothermal capacity by the African Energy "
                + "Commission.")).isTrue();
        assertThat(claim("The 2023 Kenya Power report shows that geothermal plants supplied 45 percent of the grid."))
                .isTrue();
    }

    @Test
    void listLeadInsEndingInAColonAreNotClaims() {
        assertThat(extractor.assess("The 14 regional grants totalling $8.2 million include:").exclusion())
                .isEqualTo("list lead-in");
        assertThat(extractor.assess("Malawi's recovery will depend on three factors:").exclusion())
                .isEqualTo("list lead-in");
        // a complete report that happens to end in a colon is judged like any sentence
        assertThat(extractor.assess("The Finnish Prime Minister stated in the June 2024 strategy that Finland will act "
                + "against any energy blackmail:").exclusion())
                .isNull();
    }

    @Test
    void footnoteAndPageDigitsAreNotFigures() {
        assertThat(figures("The new permit regime, with its 2 a priori checks removed, made hiring easier.")).isEmpty();
        assertThat(figures("While not an 4 exact match, hiring plans rose in every region we surveyed.")).isEmpty();
        assertThat(figures("Inspectors called the backlog “a scandal in plain sight.”14")).isEmpty();
        assertThat(figures("The fund lent an 8 percent share of its capital to Malawi.")).containsExactly("8 percent");
        assertThat(figures("Half a million households in Lisbon rent privately.")).singleElement().asString()
                .startsWith("Half a million");
    }

    @Test
    void tableFigureAndNameNumbersAreNotFigures() {
        assertThat(figures("Figure 3 and Table 12 compare the Slovak and Czech car industries.")).isEmpty();
        assertThat(figures("As shown in Tables 2 and 7, Slovakia builds cars for export.")).isEmpty();
        assertThat(figures("The minister told BBC Radio 4's morning programme that exports had recovered.")).isEmpty();
        assertThat(figures("Slovakia built 1.1 million cars in 2023, see page 12."))
                .containsExactly("1.1 million cars");
        assertThat(figures("Aid from Switzerland reached CHF 320 million in 2022.")).isNotEmpty();
    }

    @Test
    void urlDigitsAreNotFiguresNorDates() {
        String sentence = "The [grant list](https://example.org/files/2023-07/awards_2023_round4.pdf) names the "
                + "schools that will receive help.";
        assertThat(figures(sentence)).isEmpty();
        assertThat(claim(sentence)).isFalse();
    }

    @Test
    void aLongLineWithAFigureThatLostItsFullStopIsStillASentence() {
        List<AnnotatedSentence> sentences = paragraph(
                "Irish councils spent €1.9 billion on emergency accommodation in 2023, three times what they spent on "
                        + "new social homes (€640 million across 31 councils)",
                "The Housing Agency published the figures in May.",
                "The excerpt ends here with a long sentence of 4 parts that was cut off by the");
        List<SentenceAssessment> assessed = extractor.assess(sentences);
        assertThat(assessed.get(0).exclusion()).isNull();
        assertThat(assessed.get(0).claim()).isTrue();
        // the document's last line without a full stop is cut off by the excerpt (R4)
        assertThat(assessed.get(2).exclusion()).isEqualTo("heading or cut off");
        // a short line stays a heading
        assertThat(extractor.assess(paragraph("Emergency accommodation costs in 2023",
                "Text follows.").getFirst().sentence().text())
                .exclusion()).isEqualTo("heading or cut off");
    }

    @Test
    void announcedPlansStatePresentFacts() {
        assertThat(claim("The Governor's plan will also cap tuition at state colleges for families earning under the "
                + "median income.")).isTrue();
        // the author's own prediction is still not a claim (C5)
        assertThat(claim("Costs will keep rising as the climate grows hotter.")).isFalse();
    }

    @Test
    void whatAPlanOrLawProvidesIsCheckableAgainstIt() {
        assertThat(claim("The new tenancy law also bans letting agents from charging fees for viewings.")).isTrue();
        assertThat(claim("His scheme will also require employers to agree to an annual pay audit.")).isTrue();
        assertThat(claim("The draft rules do not cover self-employed couriers or their agencies.")).isTrue();
        // a plan noun that is not the subject, or a plan that merely "works", states no provision
        assertThat(claim("Such plans rarely work as intended in small towns.")).isFalse();
        assertThat(claim("Critics of the scheme will welcome any delay.")).isFalse();
    }

    @Test
    void anUnmeasuredEffectIsAnAssessmentNotACausalClaim() {
        assertThat(claim("Cheap state credit enables Vietnamese shipyards to undercut their Japanese rivals."))
                .isFalse();
        assertThat(claim("Beijing's port policies are marginalizing Greek ferry operators across the Aegean."))
                .isFalse();
        // a measured effect, a credited one, and what a law allows stay claims (C3, C4)
        assertThat(claim("Cheap state credit enabled Vietnamese shipyards to win 40 percent of new orders in 2023."))
                .isTrue();
        assertThat(claim("The Slovak visa law allows graduates to stay and look for work after their studies."))
                .isTrue();
    }

    @Test
    void aReportedCommitmentIsOnTheRecord() {
        assertThat(claim("At the Lisbon summit, Portuguese Prime Minister Ana Duarte committed to cutting red tape for "
                + "start-ups.")).isTrue();
        // being committed to something is a stance, not a reported act
        assertThat(claim("The ministry is committed to cutting red tape for start-ups.")).isFalse();
    }

    @Test
    void likeAsAPrepositionIsNoStance() {
        assertThat(claim("The scheme covers Baltic ports like Riga, Tallinn and Klaipeda, as well as inland depots "
                + "like Kaunas.")).isTrue();
        assertThat(claim("We would like the Baltic ports to cooperate more closely.")).isFalse();
    }

    @Test
    void cutOffTextFootnotesAndChairHoldersAreNeverClaims() {
        assertThat(extractor.assess("The Slovak grid is on track to meet its 2030 targets, Bratislava said on Monday, "
                + "but doubts remain over the...")
                .exclusion()).isEqualTo("heading or cut off");
        assertThat(extractor.assess("Rural clinics could hire visiting nurses capable of 7 Eurostat, “Health in the "
                + "regions”, Web Page, \\(3 March 2019\\).")
                .exclusion()).isEqualTo("citation");
        assertThat(extractor.assess("Housing Policy in the Danish Regions*, 2019.").exclusion()).isEqualTo("citation");
        assertThat(extractor.assess("__Jan Novak__ holds the Havel Chair in European Studies at the Prague Institute "
                + "of Policy.")
                .exclusion()).isEqualTo("author bio");
        // an in-text citation after a finding, and a country chairing a body, are not furniture
        assertThat(extractor.assess("Slovak car exports fell 5 percent in 2019 (Novak et al., 2020).").exclusion())
                .isNull();
        assertThat(extractor.assess("Slovakia holds the chair of the Visegrad Group until June 2025.").exclusion())
                .isNull();
    }

    @Test
    void aStandingInLawIsCheckableAgainstTheLaw() {
        assertThat(claim("Dental hygienists, for instance, clean teeth in private practices but are not regulated."))
                .isTrue();
        assertThat(claim("Street vendors are licensed but market porters are not.")).isTrue();
        // a possibility of a ban is still a hedge (C2)
        assertThat(claim("Street vendors could be banned from the old town.")).isFalse();
    }

    @Test
    void aPredictionUnderTheAuthorsConditionIsHypothetical() {
        assertThat(claim("If the Danish tender is ever launched, it will more likely close in 2027 than next year."))
                .isFalse();
        // the same condition reported from a source is the source's forecast (C5)
        assertThat(claim("If the Danish tender is launched, it will close in 2027, the Danish Energy Agency said."))
                .isTrue();
    }

    @Test
    void aChangeInAMeasuredSeriesIsAComparison() {
        assertThat(claim("There has also been a fall in the proportion of clinics reporting unfilled posts over the "
                + "last quarter.")).isTrue();
        // a change with no measured series is a vague description (C2)
        assertThat(claim("There has also been a fall in morale over the last quarter.")).isFalse();
    }

    @Test
    void aShortCompleteClauseIsASentenceNotAFragment() {
        assertThat(extractor.assess("Warsaw retaliated.").exclusion()).isNull();
        assertThat(extractor.assess("Government subsidies.").exclusion()).isEqualTo("fragment");
        assertThat(extractor.assess("This is good.").exclusion()).isEqualTo("fragment");
    }

    @Test
    void aNamedPartysScheduledActIsAnAnnouncementNotAForecast() {
        assertThat(claim("Latvian Railways and Nordic Freight Group will cooperate on the maintenance of container "
                + "cranes at the ports of Riga and Ventspils.")).isTrue();
        assertThat(claim("Next week, Estonian Prime Minister Kaja Rebane will visit Riga to open the new Rail Baltica "
                + "freight terminal with Latvian ministers.")).isTrue();
        // a forecast of a named party's standing stays the author's prediction (C2)
        assertThat(claim("Latvian Railways will dominate the freight market between Riga and Helsinki.")).isFalse();
    }

    @Test
    void comparisonsAndFindingsWithoutFiguresAreClaims() {
        assertThat(claim("Boys in Ireland read worse than girls and are less likely to read for pleasure, the national "
                + "assessment shows.")).isTrue();
        assertThat(claim("Droughts have become more common across southern Spain over the past four decades, according "
                + "to meteorologists.")).isTrue();
        // a comparative that merely describes a noun is no comparison
        assertThat(extractor.assess("Their higher ambitions deserve praise.").claim()).isFalse();
    }

    @Test
    void anExplicitComparisonIsAnAnchorWithoutNamesOrFigures() {
        assertThat(claim("The latest survey shows that rural pharmacists are less likely to stock insulin pens."))
                .isTrue();
        assertThat(claim("A planning appeal usually takes a little less than a year, the shortest of the routes."))
                .isTrue();
        // a comparative of change is an unmeasured trend, and an alternative is no comparison (C2)
        assertThat(claim("Rural pharmacies are becoming cheaper and easier to run.")).isFalse();
        assertThat(claim("Rural pharmacies tend to stock generic drugs rather than brands.")).isFalse();
    }

    @Test
    void recordLevelsAreRankingsNotEvaluations() {
        SentenceAssessment a = extractor.assess("Consumer confidence in Portugal remains at a record low, the central "
                + "bank said in its March bulletin.");
        assertThat(a.claim()).isTrue();
        assertThat(a.type()).isEqualTo(ClaimType.RANKING);
    }

    @Test
    void judgementsStatedAsFactsAreNotClaims() {
        assertThat(claim("Canberra's steadfast partnership with Jakarta delivered tangible gains and underscored "
                + "Australia's preeminent regional role.")).isFalse();
    }

    @Test
    void aFirstWordTheDocumentWritesAsANameIsANamedActor() {
        String reported = "Plaid suggested last week it would cap the sugar content of breakfast cereals.";
        assertThat(claim(reported)).isFalse(); // alone, a capitalised first word tells nothing
        List<SentenceAssessment> inDocument = extractor.assess(paragraph(
                "The sugar levy was opposed by Plaid and by several health officials in the Senedd.", reported,
                "Officials suggested last week it would cap the sugar content of breakfast cereals."));
        assertThat(inDocument.get(1).claim()).isTrue();
        // "officials" is written in lower case elsewhere: a common noun, not a name
        assertThat(inDocument.get(2).claim()).isFalse();
    }

    private static List<AnnotatedSentence> paragraph(String... texts) {
        List<AnnotatedSentence> sentences = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            sentences.add(new AnnotatedSentence(new Sentence(i, offset, offset + t.length(), t, 0, BlockKind.PARAGRAPH,
                    null), List.of(), List.of()));
            offset += t.length() + 1;
        }
        return sentences;
    }
}
