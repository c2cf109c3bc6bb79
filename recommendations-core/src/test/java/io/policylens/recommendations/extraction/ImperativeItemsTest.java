package io.policylens.recommendations.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Imperative items of other fields' recommendation lists (R3, R9 imperative). */
class ImperativeItemsTest {

    @Test
    void verbsOfOtherFieldsEmphasisAndDecimalNumbersDoNotHideAnImperative() {
        List<ExtractedRecommendation> found = Docs.extract("""
                # Tenancy reform

                Rents in the capital rose faster than wages.

                The review recommends the following:

                - __Devolve the repair budget to tenant boards.__ Boards already manage small works in two cities.
                - Earmark more funds for insulation in social housing.
                - Abolish no-fault evictions for tenancies longer than a year.

                3.1 Amend the tenancy code to cover shared homes.

                3.2 Supplement the code with a model lease.
                """);

        assertThat(found).extracting(ExtractedRecommendation::strength).containsOnly("imperative");
        assertThat(Docs.find(found, "Devolve the repair budget")).isPresent();
        assertThat(Docs.find(found, "Earmark more funds")).isPresent(); // a verb no list names
        assertThat(Docs.find(found, "Abolish no-fault")).isPresent();
        assertThat(Docs.find(found, "Amend the tenancy code")).get().extracting(ExtractedRecommendation::text)
                .isEqualTo("Amend the tenancy code to cover shared homes.");
        assertThat(Docs.find(found, "Supplement the code")).isPresent();
    }

    @Test
    void anImperativeLabelClosedByEmphasisMakesItsItemAProposal() {
        List<ExtractedRecommendation> found = Docs.extract("""
                # Teachers

                Teacher numbers fell in most regions.

                To keep teachers in the profession we must:

                - *Raise starting salaries:* Whether in cities or villages, new teachers earn less than nurses.
                """);

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.strength()).isEqualTo("imperative");
            assertThat(r.text()).startsWith("Raise starting salaries:"); // the markdown emphasis is stripped
        });
    }

    @Test
    void numberedItemsKeepTheirLaterSentencesAndLoseAHeadingLineGluedBeforeThem() {
        List<ExtractedRecommendation> found = Docs.extractText("""
                The review of the Tenancy Act makes the following proposals -
                2. Scope of the Act
                2.1 Amend the scope of the Act to cover lodgers.
                2.2 Publish a model lease for shared homes. Translate the model lease into the five most spoken \
                languages.
                """);

        assertThat(found).extracting(ExtractedRecommendation::text).containsExactly(
                "Amend the scope of the Act to cover lodgers.",
                "2.2 Publish a model lease for shared homes.".substring(4),
                "Translate the model lease into the five most spoken languages.");
    }

    @Test
    void theLastItemOfARunOnListKeepsItsImperative() {
        List<ExtractedRecommendation> found = Docs.extractText("""
                Rents rose faster than wages in every region.
                The report sets out a plan for the city council to:
                - build more social housing;
                - and provide grants to tenants at risk of eviction.
                It also lists the cities where rents rose most.
                """);

        assertThat(found).extracting(ExtractedRecommendation::text)
                .contains("and provide grants to tenants at risk of eviction.");
    }

    @Test
    void rhetoricalConsiderIsNotAProposal() {
        assertThat(Docs.extract("""
                # What must change

                Consider all that has happened since the tariffs began in March.
                """)).isEmpty();
    }
}
