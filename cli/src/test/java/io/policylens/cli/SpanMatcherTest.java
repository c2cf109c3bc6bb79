package io.policylens.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpanMatcherTest {

    @Test
    void spansMatchWhenTheyOverlapByAtLeastHalfOfTheShorterOne() {
        Span gold = new Span(0, 100);
        assertThat(SpanMatcher.matches(gold, new Span(50, 60))).isTrue(); // inside: overlap = whole shorter span
        assertThat(SpanMatcher.matches(new Span(0, 20), new Span(10, 40))).isTrue(); // overlap 10 = half of 20
        assertThat(SpanMatcher.matches(new Span(0, 20), new Span(11, 40))).isFalse(); // overlap 9 < 10
        assertThat(SpanMatcher.matches(new Span(0, 20), new Span(20, 40))).isFalse(); // touching only
        assertThat(SpanMatcher.matches(new Span(5, 5), new Span(0, 20))).isFalse(); // empty span
        assertThat(SpanMatcher.matches(null, new Span(0, 20))).isFalse(); // gold that could not be located
    }

    @Test
    void eachGoldItemMatchesAtMostOnePrediction() {
        List<Span> gold = List.of(new Span(0, 50));
        List<Span> predicted = List.of(new Span(0, 30), new Span(20, 50));

        SpanMatcher.Matching matching = SpanMatcher.match(gold, predicted);

        assertThat(matching.pairs()).hasSize(1);
        Scores scores = matching.scores();
        assertThat(scores.tp()).isEqualTo(1);
        assertThat(scores.fp()).isEqualTo(1);
        assertThat(scores.fn()).isZero();
    }

    @Test
    void greedyMatchingTakesTheLargestOverlapFirst() {
        // prediction 0 overlaps gold 0 by 40 and gold 1 by 10; prediction 1 overlaps only gold 1
        List<Span> gold = List.of(new Span(0, 40), new Span(40, 60));
        List<Span> predicted = List.of(new Span(0, 50), new Span(42, 60));

        SpanMatcher.Matching matching = SpanMatcher.match(gold, predicted);

        assertThat(matching.goldToPredicted()).containsExactly(0, 1);
        assertThat(matching.scores().tp()).isEqualTo(2);
    }

    @Test
    void onePredictionSpanningTwoGoldSentencesMatchesOnlyOne() {
        List<Span> gold = List.of(new Span(0, 30), new Span(31, 60));
        List<Span> predicted = List.of(new Span(0, 60));

        Scores scores = SpanMatcher.match(gold, predicted).scores();

        assertThat(scores.tp()).isEqualTo(1);
        assertThat(scores.fp()).isZero();
        assertThat(scores.fn()).isEqualTo(1);
    }

    @Test
    void scoresAreMicroAveragedBySummingCounts() {
        Scores total = new Scores();
        total.add(new Scores(1, 0, 0)); // a small perfect document
        total.add(new Scores(1, 3, 1)); // a larger poor one

        assertThat(total.precision()).isEqualTo(2.0 / 5);
        assertThat(total.recall()).isEqualTo(2.0 / 3);
        assertThat(total.f1()).isCloseTo(2 * 0.4 * (2.0 / 3) / (0.4 + 2.0 / 3),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(new Scores().f1()).isZero();
    }
}
