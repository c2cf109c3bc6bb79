package io.policylens.claims.quantities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityExtractorTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    @Test
    void percentSharesWithWhatTheyMeasure() {
        List<Quantity> q = extractor.extract("Taiwanese foundries hold nearly 60 percent of the foundry market.");
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().value()).isEqualTo(60);
        assertThat(q.getFirst().scale()).isEqualTo("percent");
        assertThat(q.getFirst().measured()).isEqualTo("foundry market");
        assertThat(q.getFirst().approximate()).isTrue();
        assertThat(q.getFirst().surface()).isEqualTo("60 percent");
    }

    @Test
    void moneyWithScaleAndCurrency() {
        Quantity q = extractor.extract("Ottawa pledged $2.5 billion for critical minerals in 2023.").getFirst();
        assertThat(q.unit()).isEqualTo("USD");
        assertThat(q.scale()).isEqualTo("billion");
        assertThat(q.normalisedValue()).isEqualTo(2.5e9);
        assertThat(q.period()).isEqualTo("2023");
        assertThat(q.surface()).isEqualTo("$2.5 billion");
    }

    @Test
    void countsWithTheirNounAndPeriods() {
        List<Quantity> q = extractor.extract("The navy cut its fleet from 45,000 sailors to 38,000 in 2015-2019.");
        assertThat(q).extracting(Quantity::value).containsExactly(45000.0, 38000.0);
        assertThat(q.getFirst().unit()).isEqualTo("sailors");
        assertThat(q.getFirst().period()).isEqualTo("2015-2019");
        Quantity troops = extractor.extract("Some 28,500 troops are stationed there.").getFirst();
        assertThat(troops.unit()).isEqualTo("troops");
    }

    @Test
    void yearsNamesDurationsAndFootnotesAreNotQuantities() {
        assertThat(extractor.extract("The G-7 met in 2019 to discuss 5G networks.")).isEmpty();
        assertThat(extractor.extract("After 70 years, the treaty remains in force.")).isEmpty();
        assertThat(extractor.extract("The agreement was signed in 1994.12")).isEmpty();
    }
}
