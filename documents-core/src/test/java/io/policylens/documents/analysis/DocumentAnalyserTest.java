package io.policylens.documents.analysis;

import io.policylens.documents.sentences.Sentence;
import io.policylens.documents.text.ContentFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentAnalyserTest {

    private final DocumentAnalyser analyser = new DocumentAnalyser();

    private static final String BRIEF = """
            Chip Alliances in Northeast Asia

            Related Posts

            Seoul and Washington signed a semiconductor pact. The ROK will fund new fabs and chip research.
            Samsung and SK Hynix are expected to lead the investment in memory chips.

            Recommendations
            – Expand Chip Cooperation: The U.S. should share lithography know-how with Korea’s firms.
            – Coordinate Export Controls: Both should align controls on China.

            Photo from Shutterstock.
            """;

    @Test
    void analysesStructureSentencesEntitiesAndTopics() {
        AnalysedDocument document = analyser.analyse(BRIEF, ContentFormat.TEXT);
        assertThat(document.title()).isEqualTo("Chip Alliances in Northeast Asia");
        assertThat(document.text()).doesNotContain("Related Posts", "Shutterstock");
        for (AnnotatedSentence annotated : document.sentences()) {
            Sentence sentence = annotated.sentence();
            assertThat(document.text().substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
            annotated.entities().forEach(m -> assertThat(m.start()).isBetween(sentence.start(), sentence.end()));
        }
        AnnotatedSentence pact = document.sentences().stream()
                .filter(s -> s.sentence().text().startsWith("Seoul and Washington")).findFirst().orElseThrow();
        assertThat(pact.entityIds()).containsExactly("south-korea", "united-states");
        assertThat(pact.topicIds()).contains("semiconductors");
        assertThat(pact.sentence().section()).isEqualTo("Chip Alliances in Northeast Asia");

        AnnotatedSentence recommendation = document.sentences().stream()
                .filter(s -> s.sentence().text().startsWith("Expand Chip Cooperation")).findFirst().orElseThrow();
        assertThat(recommendation.sentence().listItem()).isTrue();
        assertThat(recommendation.sentence().section()).isEqualTo("Recommendations");
        assertThat(recommendation.entityIds()).containsExactly("united-states", "south-korea");

        assertThat(document.entities()).containsEntry("south-korea", 3).containsEntry("samsung", 1)
                .containsEntry("sk-hynix", 1).containsEntry("china", 1);
        assertThat(document.topics()).isNotEmpty();
        assertThat(document.topics().get(0).topic()).isEqualTo("semiconductors");
        for (int i = 1; i < document.topics().size(); i++) {
            assertThat(document.topics().get(i).score()).isLessThanOrEqualTo(document.topics().get(i - 1).score());
        }
    }

    @Test
    void sameInputGivesSameOutput() {
        assertThat(analyser.analyse(BRIEF, ContentFormat.TEXT)).isEqualTo(analyser.analyse(BRIEF, ContentFormat.TEXT));
    }

    @Test
    void emptyDocument() {
        AnalysedDocument document = analyser.analyse("   \n\n", ContentFormat.TEXT);
        assertThat(document.text()).isEmpty();
        assertThat(document.sentences()).isEmpty();
        assertThat(document.topics()).isEmpty();
        assertThat(document.title()).isNull();
    }

    @Test
    void htmlAndMarkdownGoThroughTheSamePipeline() {
        AnalysedDocument html = analyser.analyse("<h1>Batteries</h1><p>Korea builds battery plants. The U.S. buys "
                + "them.</p>", ContentFormat.HTML);
        AnalysedDocument markdown = analyser.analyse("# Batteries\n\nKorea builds battery plants. The U.S. buys "
                + "them.\n", ContentFormat.MARKDOWN);
        assertThat(html.text()).isEqualTo(markdown.text());
        assertThat(html.sentences()).hasSize(3);
        assertThat(html.sentences().get(1).sentence().section()).isEqualTo("Batteries");
    }
}
