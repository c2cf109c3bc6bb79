package io.policylens.claims.extraction;

import io.policylens.claims.text.SentenceCues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reference entries written for this test, in the shapes PDF and web conversions leave in a body. */
class CitationShapeTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    @Test
    void footnoteBodiesAreCitations() {
        assertThat(CitationShape.matches(SentenceCues.of("7 Ministry of Transport, *Annual Freight Statistics 2019*, "
                + "2020."))).isTrue();
        assertThat(CitationShape.matches(SentenceCues.of("23 Harbour Trust, ‘Dredging the Outer Channel’, Web Page, "
                + "\\(12 May 2018\\)."))).isTrue();
        assertThat(CitationShape.matches(SentenceCues.of("4 R. Alvarez et al., “Port congestion and tariffs”, Journal "
                + "of Trade 12, pp. 33-51."))).isTrue();
        assertThat(CitationShape.matches(SentenceCues.of("31 Treasury Board, *Review of Coastal Shipping Subsidies*.")))
                .isTrue();
    }

    @Test
    void sentencesThatOpenWithAFigureAreNotCitations() {
        assertThat(CitationShape.matches(SentenceCues.of("12 States have passed port-fee laws since 2019."))).isFalse();
        assertThat(CitationShape.matches(SentenceCues.of("40 Percent of the cargo, the ministry said, arrived late in "
                + "2021."))).isFalse();
        assertThat(CitationShape.matches(SentenceCues.of("The agency published its *Freight Outlook*, which forecast "
                + "growth, in 2020."))).isFalse();
    }

    @Test
    void aYearAtTheEndIsFoundBehindSpacesAndAFullStop() {
        // the shapes that need no footnote opening: a reference glued to a sentence, and a title's tail
        assertThat(CitationShape.matches(SentenceCues.of(
                "Freight rose sharply in the period 11 Harbour Trust, ‘Outer Channel’, Web Page, (4 May 2015) .  ")))
                .isTrue();
        assertThat(CitationShape.matches(SentenceCues.of("Shipping in the North Sea*, 2016 ."))).isTrue();
        assertThat(CitationShape.matches(SentenceCues.of("Regional Freight Review*, 2014/15"))).isTrue();
        // the same without the year at the end
        assertThat(CitationShape.matches(SentenceCues.of("Shipping in the North Sea*, in the spring."))).isFalse();
    }

    @Test
    void runningHeadersAreFurniture() {
        SentenceAssessment a = extractor.assess("12 Freight in figures © Maritime Research Institute 204 3.");
        assertThat(a.claim()).isFalse();
        assertThat(a.exclusion()).isEqualTo("furniture");
    }

    @Test
    void aCitationIsNeverAClaimWhateverItsNumbers() {
        SentenceAssessment a = extractor.assess("9 National Audit Office, *Funding for Rural Hospitals 2015/16*, HL "
                + "Paper 88, 2017.");
        assertThat(a.claim()).isFalse();
        assertThat(a.exclusion()).isEqualTo("citation");
    }
}
