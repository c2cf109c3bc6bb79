package io.policylens.claims.matching;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.claims.extraction.SentenceAssessment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimMatcherTest {

    private final ClaimExtractor extractor = new ClaimExtractor();
    private final ClaimMatcher matcher = new ClaimMatcher();

    private DocumentClaim claim(String doc, String sentence, String... entities) {
        SentenceAssessment a = extractor.assess(sentence);
        ExtractedClaim c = a.toClaim();
        return new DocumentClaim(doc, new ExtractedClaim(c.start(), c.end(), c.text(), c.type(), c.score(), c.hedging(),
                c.quantities(), List.of(entities), c.source(), -1));
    }

    @Test
    void conflictingSharesOfTheSameMarket() {
        DocumentClaim a = claim("d1", "Micron and Kioxia hold 35 percent of the NAND flash market.", "micron");
        DocumentClaim b = claim("d2", "Micron controls about 22 percent of the global NAND flash market.", "micron");
        List<ClaimMatch> matches = matcher.match(List.of(a, b));
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MatchKind.CONFLICTING);
            assertThat(m.valueA()).isEqualTo(35);
            assertThat(m.valueB()).isEqualTo(22);
        });
    }

    @Test
    void agreeingFigures() {
        DocumentClaim a = claim("d1", "Norway holds roughly 70 percent of the salmon export market.", "norway");
        DocumentClaim b = claim("d2", "Norwegian farms account for 72 percent of the salmon export market.", "norway");
        assertThat(matcher.match(a, b)).isNotNull().extracting(ClaimMatch::kind).isEqualTo(MatchKind.AGREEING);
    }

    @Test
    void differentMeasuresEntitiesOrSameDocumentDoNotMatch() {
        DocumentClaim a = claim("d1", "Norway holds roughly 70 percent of the salmon export market.", "norway");
        DocumentClaim b = claim("d2", "Norway holds 30 percent of the oil services market.", "norway");
        DocumentClaim c = claim("d2", "Chile holds 25 percent of the salmon export market.", "chile");
        DocumentClaim d = claim("d1", "Norway holds 50 percent of the salmon export market.", "norway");
        assertThat(matcher.match(List.of(a, b, c, d))).isEmpty();
    }

    @Test
    void sameStatementWithoutFigures() {
        DocumentClaim a = claim("d1", "In May, Kenya joined the Minerals Security Partnership as its newest member.",
                "kenya");
        DocumentClaim b = claim("d2", "Kenya joined the Minerals Security Partnership in May as its newest member.",
                "kenya");
        assertThat(matcher.match(a, b)).isNotNull().extracting(ClaimMatch::kind).isEqualTo(MatchKind.AGREEING);
    }
}
