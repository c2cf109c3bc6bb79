package io.policylens.claims.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences written for these tests; none come from the evaluation data. */
class SentenceCuesTest {

    @Test
    void ongoingActionWithANamedObjectIsANamedAction() {
        assertThat(SentenceCues.of("The ministry is negotiating with Vietnam over a new fisheries agreement.")
                .namedActions()).isPositive();
        assertThat(SentenceCues.of("Several reforms are currently being reviewed by the Federal Trade Commission.")
                .namedActions()).isPositive();
    }

    @Test
    void ongoingActionWithoutANamedObjectIsNot() {
        assertThat(SentenceCues.of("The partnership is slowly evolving toward wider goals.").namedActions()).isZero();
        // "including" is a preposition, not a progressive verb
        assertThat(SentenceCues.of("Many members, including Canada, hold reserves.").namedActions()).isZero();
    }

    @Test
    void copulaPlusJudgementIsACopularEvaluation() {
        assertThat(SentenceCues.of("The tariff plan was a misguided gamble.").copularEvaluations()).isPositive();
        assertThat(SentenceCues.of("This approach is very ambitious.").copularEvaluations()).isPositive();
        assertThat(SentenceCues.of("It was an unfortunate decision by the council.").copularEvaluations()).isPositive();
    }

    @Test
    void judgementWordsOutsideACopulaAreNotCopularEvaluations() {
        assertThat(SentenceCues.of("Officials described an ambitious plan to build ten ports.").copularEvaluations())
                .isZero();
        assertThat(SentenceCues.of("The port handled 4 million containers in 2021.").copularEvaluations()).isZero();
    }

    @Test
    void documentNumberingItsOwnPointsIsADiscourseEnumerator() {
        assertThat(SentenceCues.of("The second reason concerns the cost of borrowing.").discourseEnumerator()).isTrue();
        assertThat(SentenceCues.of("The first relates to energy prices in the region.").discourseEnumerator()).isTrue();
        assertThat(SentenceCues.of("The final step is agreeing on common standards.").discourseEnumerator()).isTrue();
    }

    @Test
    void realOrdinalsAreNotDiscourseEnumerators() {
        assertThat(SentenceCues.of("The first satellite was launched in 1957.").discourseEnumerator()).isFalse();
        assertThat(SentenceCues.of("Brazil became the second country to ratify the treaty.").discourseEnumerator())
                .isFalse();
    }

    @Test
    void abstractForceAsSubjectIsDetected() {
        assertThat(SentenceCues.of("Globalization has weakened the bargaining power of factory workers.")
                .abstractSubject())
                .isTrue();
        assertThat(SentenceCues.of("Since the Cold War, the liberal international order has protected small trading "
                + "states.")
                .abstractSubject()).isTrue();
        // the abstract word sits in an introductory phrase or after the verb, not in the subject
        assertThat(SentenceCues.of("In the field of digitalization, Estonia has built a national e-identity system.")
                .abstractSubject()).isFalse();
        assertThat(SentenceCues.of("The minister blamed globalization for the closures.").abstractSubject()).isFalse();
    }

    @Test
    void participlesAfterDeterminersOrBeforeByAreNotPastVerbs() {
        assertThat(SentenceCues.of("Despite the continued pressure, the union is talking to employers.").pastVerbs())
                .isZero();
        assertThat(SentenceCues.of("The risk posed by drought is growing each season.").pastVerbs()).isZero();
        assertThat(SentenceCues.of("The ferry was stopped by inspectors at the border.").pastVerbs()).isPositive();
        assertThat(SentenceCues.of("The council approved the budget.").pastVerbs()).isPositive();
    }

    @Test
    void perfectTenseWithANamedObjectIsANamedAction() {
        assertThat(SentenceCues.of("Chile has applied to join the Pacific Alliance fund.").namedActions()).isPositive();
        assertThat(SentenceCues.of("Chile has applied to join a regional fund.").namedActions()).isZero();
    }

    @Test
    void hedgeInATrailingContrastClauseIsScopedToThatClause() {
        assertThat(SentenceCues.of("The plan was approved by the Senate in March, but delays may follow.")
                .hedgeOnlyInContrastClause()).isTrue();
        assertThat(SentenceCues.of("The plan may be approved by the Senate, but delays are likely.")
                .hedgeOnlyInContrastClause()).isFalse();
        assertThat(SentenceCues.of("Prices could rise sharply next year.").hedgeOnlyInContrastClause()).isFalse();
    }
}
