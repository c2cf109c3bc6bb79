package io.policylens.recommendations.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cues found in other fields' texts (R6/R9), also inside clauses (pseudo-clefts, an opening "So", "requires" + action),
 * and statements that look like them but propose nothing (R7/R8: consequences, asides in a relative clause, places).
 */
class CueCoverageTest {

    private static final String CONTEXT = "# Health brief\n\nObesity rates in Ireland rose for a decade. "
            + "Ireland spends a tenth of its health budget on diabetes.\n\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister is calling on schools to remove sweet drinks from vending machines.         | recommend
            The union is asking employers to publish their pay gaps.                                  | recommend
            The panel published new guidance urging adults to walk for half an hour a day.            | recommend
            The review proposes that every clinic keep a register of prescriptions.                  | recommend
            There is an urgent need to train more community nurses.                                   | must
            Ireland needs a national strategy for rare diseases.                                      | must
            And now we just need the health service to fund the screening programme.                  | must
            Patients would do well not to skip their follow-up appointments.                          | should
            There must be a fair way to share the cost of training between hospitals.                | must
            What we need to do is repair the old clinics before the winter.                         | must
            So clearly the sale of energy drinks to children should be limited.                     | should
            The outbreak is an emergency that requires urgent federal action to protect patients.  | must
            In the short run, the clinics' survival requires merging rotas and new contracts.      | must
            """)
    void cuesOfOtherFieldsAreFound(String sentence, String strength) {
        List<ExtractedRecommendation> found = Docs.extract(CONTEXT + sentence + "\n");

        assertThat(found).extracting(ExtractedRecommendation::strength).containsExactly(strength);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The clinic has three tools it can use to reach patients, and none of them is cheap.
            The easiest way we can cut waiting lists is to open clinics on weekends.
            The grant paid for extra nurses, so that doctors no longer have to cover night shifts.
            Subsidies were raised to ensure small pharmacies can stay open.
            I don't need to tell you that waiting lists are long.
            The minister said he might have to close two wards.
            The agency will enforce 12 new rules that hospitals must follow.
            These figures should be a wake-up call.
            Beyond calling for better pay, the ministry has raised nurses' wages twice.
            Asking a patient who cannot read to sign a form will only produce confusion.
            Under this proposed scheme, pharmacists would prescribe antibiotics.
            The numbers mean that most patients can only see a doctor once a year.
            Although the review is not binding, it might give hospitals a reason to act.
            As a result, these pharmacies need to charge twice as much for each prescription.
            The agency will enforce 12 new rules that an estimated 40 trusts – bodies such as Westcare and Northcare \
            – must follow.
            Clinics in Ireland, Wales, and Scotland can be protected through better staffing schedules.
            The new ward requires funding of two million euros a year.
            """)
    void statementsThatProposeNothingAreLeftOut(String sentence) {
        assertThat(Docs.extract(CONTEXT + sentence + "\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Salt intake should be halved, says health agency
            Cut down: new guidance suggests limiting salt
            """)
    void captionsAndTitlesWithoutFinalPunctuationAreLeftOut(String line) {
        assertThat(Docs.extract(CONTEXT + line + "\n\nThe agency published its report on Monday.\n")).isEmpty();
    }
}
