package io.policylens.cli;

import io.policylens.documents.text.ContentFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpanLocatorTest {

    @Test
    void exactOccurrenceNearestToTheHintWins() {
        String doc = "Rain fell. Tides rose. Rain fell. Harbours closed.";
        SpanLocator locator = new SpanLocator(doc, ContentFormat.TEXT);

        assertThat(locator.locate("Rain fell.", 0)).contains(new Span(0, 10));
        assertThat(locator.locate("Rain fell.", 25)).contains(new Span(23, 33));
    }

    @Test
    void whitespaceQuotesAndDashesAreFolded() {
        String doc = "Intro.\nThe port\u2019s \u201cnew\u201d cranes \u2013 all six \u2013 arrived\nin May.\nEnd.";
        SpanLocator locator = new SpanLocator(doc, ContentFormat.TEXT);

        Span span = locator.locate("The port's \"new\" cranes - all six - arrived in May.", 7).orElseThrow();

        assertThat(doc.substring(span.start(), span.end())).startsWith("The port").endsWith("in May.");
    }

    @Test
    void htmlTagsAndEntitiesAreSkipped() {
        String doc = "<html><body><p>Canals &amp; locks carried <b>12</b> million "
                + "tonnes.</p><p>Next.</p></body></html>";
        SpanLocator locator = new SpanLocator(doc, ContentFormat.HTML);

        Span span = locator.locate("Canals & locks carried 12 million tonnes.", 0).orElseThrow();

        assertThat(doc.substring(span.start(), span.end())).isEqualTo("Canals &amp; locks carried <b>12</b> million "
                + "tonnes.");
    }

    @Test
    void aSentenceThatDiffersInTheMiddleIsFoundByItsEnds() {
        String doc = "Before. The committee counted 311 bridges in need of repair across the northern districts. "
                + "After.";
        SpanLocator locator = new SpanLocator(doc, ContentFormat.TEXT);

        Span span = locator.locate("The committee counted 311 bridges in urgent need of repair across the northern "
                + "districts.", 8).orElseThrow();

        assertThat(span.start()).isEqualTo(8);
        assertThat(doc.substring(span.end() - 10, span.end())).isEqualTo("districts.");
    }

    @Test
    void missingTextIsNotFound() {
        SpanLocator locator = new SpanLocator("Only this sentence is here.", ContentFormat.TEXT);

        assertThat(locator.locate("Something else entirely that is not in the document.", 0)).isEmpty();
        assertThat(locator.locate("", 0)).isEmpty();
    }
}
