package io.policylens.claims.sources;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceExtractorTest {

    private final SourceExtractor extractor = new SourceExtractor();

    @Test
    void accordingTo() {
        CitedSource s = extractor.extract("Exports doubled, according to data from the Organisation for Economic "
                + "Co-operation and Development.")
                .orElseThrow();
        assertThat(s.name()).isEqualTo("Organisation for Economic Co-operation and Development");
        assertThat(s.cue()).isEqualTo("according to");
    }

    @Test
    void namedReports() {
        assertThat(extractor.extract("The RAND Corporation report lists eleven shortfalls.").orElseThrow().name())
                .isEqualTo("RAND Corporation");
        assertThat(extractor.extract("The Fragile States Index places Chad near the bottom.").orElseThrow().name())
                .isEqualTo("Fragile States Index");
    }

    @Test
    void reportingVerbs() {
        CitedSource s = extractor.extract("Wage growth slowed last year, as Finance Minister Ana Kovač-Horvat recently "
                + "noted.").orElseThrow();
        assertThat(s.name()).isEqualTo("Finance Minister Ana Kovač-Horvat");
        assertThat(s.cue()).isEqualTo("noted");
        assertThat(extractor.extract("The Asian Development Bank estimates that 30 percent of trade is digital.")
                .orElseThrow().name())
                .isEqualTo("Asian Development Bank");
    }

    @Test
    void noSource() {
        assertThat(extractor.extract("Ports in the region handled more containers than ever.")).isEmpty();
    }
}
