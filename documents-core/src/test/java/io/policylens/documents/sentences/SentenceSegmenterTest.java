package io.policylens.documents.sentences;

import io.policylens.documents.text.BlockKind;
import io.policylens.documents.text.ContentFormat;
import io.policylens.documents.text.StructuredText;
import io.policylens.documents.text.TextNormaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSegmenterTest {

    private final TextNormaliser normaliser = new TextNormaliser();
    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    /** Segments plain text and checks the offset contract for every sentence. */
    private List<Sentence> sentences(String input) {
        StructuredText structured = normaliser.normalise(input, ContentFormat.TEXT);
        List<Sentence> sentences = segmenter.segment(structured);
        String text = structured.text();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
            assertThat(sentence.index()).isEqualTo(i);
            assertThat(sentence.text()).isEqualTo(sentence.text().strip());
            assertThat(sentence.text()).doesNotStartWith("\u00a0").doesNotEndWith("\u00a0");
        }
        return sentences;
    }

    private List<String> texts(String input) {
        return sentences(input).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsOrdinarySentencesWithExactOffsets() {
        String input = "Seoul hosted the talks. Delegates arrived on Monday! Would they agree? Nobody knew.";
        List<Sentence> sentences = sentences(input);
        assertThat(sentences).extracting(Sentence::text).containsExactly("Seoul hosted the talks.",
                "Delegates arrived on Monday!", "Would they agree?", "Nobody knew.");
        assertThat(sentences.get(1).start()).isEqualTo(input.indexOf("Delegates"));
        assertThat(sentences.get(3).end()).isEqualTo(input.length());
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(texts("Officials in the U.S. Treasury met Dr. Han Min-jun and Prof. Lee on Friday. They spoke for "
                + "an hour."))
                .containsExactly("Officials in the U.S. Treasury met Dr. Han Min-jun and Prof. Lee on Friday.",
                        "They spoke for an hour.");
        assertThat(texts("Several inputs, e.g. Lithium and cobalt, are scarce. Others, i.e. Those mined locally, are "
                + "not."))
                .containsExactly("Several inputs, e.g. Lithium and cobalt, are scarce.",
                        "Others, i.e. Those mined locally, are not.");
        assertThat(texts("Resolution No. 42 passed. Hyundai Motor Co. Ltd. and Samsung Electronics Co. Ltd. signed "
                + "it."))
                .containsExactly("Resolution No. 42 passed.",
                        "Hyundai Motor Co. Ltd. and Samsung Electronics Co. Ltd. signed it.");
        assertThat(texts("Chips were made by Acme Inc. Engineers from Acme Inc. The new plant opens in May."))
                .containsExactly("Chips were made by Acme Inc. Engineers from Acme Inc.",
                "The new plant opens in May.");
    }

    @Test
    void dottedAcronymEndsASentenceBeforeATypicalSentenceStart() {
        assertThat(texts("Investment flowed into the U.S. The flows doubled in 2023. Exports to the U.K. Rose too."))
                .containsExactly("Investment flowed into the U.S.", "The flows doubled in 2023.",
                        "Exports to the U.K. Rose too.");
    }

    @Test
    void lowerCaseNoStillEndsASentence() {
        assertThat(texts("The answer was no. The talks ended. See pp. 4-5 and Vol. 2 for details."))
                .containsExactly("The answer was no.", "The talks ended.", "See pp. 4-5 and Vol. 2 for details.");
    }

    @Test
    void initialsAreNotBoundaries() {
        assertThat(texts("John F. Kennedy and Kim D. J. spoke. Then they left."))
                .containsExactly("John F. Kennedy and Kim D. J. spoke.", "Then they left.");
    }

    @Test
    void decimalsPercentagesAndMoneyStayInside() {
        assertThat(texts("Growth reached 3.5 percent, or 2.8% in real terms. Firms pledged $40 billion. Then $7.5 "
                + "billion more."))
                .containsExactly("Growth reached 3.5 percent, or 2.8% in real terms.", "Firms pledged $40 billion.",
                        "Then $7.5 billion more.");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertThat(texts("He called it a “data dam.” Others disagreed. She said \"no way.\" They left (quietly.) "
                + "Done."))
                .containsExactly("He called it a “data dam.”", "Others disagreed.", "She said \"no way.\"",
                        "They left (quietly.)", "Done.");
        assertThat(texts("“Is this the end?” he asked. “Not yet!” she replied."))
                .containsExactly("“Is this the end?” he asked.", "“Not yet!” she replied.");
    }

    @Test
    void footnoteMarkersStayWithTheSentenceTheyFollow() {
        assertThat(texts("The treaty was signed in 1972.217 Next came the review. Data moved freely across flows.[130] "
                + "Next steps followed."))
                .containsExactly("The treaty was signed in 1972.217", "Next came the review.",
                        "Data moved freely across flows.[130]", "Next steps followed.");
        assertThat(texts("Pyongyang expanded its weapons programs.218 The sanctions failed."))
                .containsExactly("Pyongyang expanded its weapons programs.218", "The sanctions failed.");
    }

    @Test
    void ellipsisAndRepeatedMarks() {
        assertThat(texts("Wait... and see. Really?! Yes."))
                .containsExactly("Wait... and see.", "Really?!", "Yes.");
    }

    @Test
    void lowerCaseAfterPeriodIsNotABoundary() {
        assertThat(texts("Version 2. of the plan and the iPhone. market stayed together."))
                .hasSize(1);
    }

    @Test
    void noBreakSpacesAreWhitespace() {
        List<Sentence> sentences = sentences("It began on June 4, 2025.\u00a0The talks followed.\u00a0");
        assertThat(sentences).extracting(Sentence::text).containsExactly("It began on June 4, 2025.",
                "The talks followed.");
    }

    @Test
    void hardWrappedSentencesContainNewlinesAndStayExact() {
        String input = """
                The alliance between Seoul and Washington has expanded well beyond
                security. It now covers semiconductors, batteries and biotechnology, and
                both governments expect more joint investment in the coming years as
                supply chains are rebuilt. Critics say the pace is too slow for the
                firms that must commit capital now.

                A second paragraph follows here after the blank line in the source.
                """;
        List<Sentence> sentences = sentences(input);
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "The alliance between Seoul and Washington has expanded well beyond\nsecurity.",
                "It now covers semiconductors, batteries and biotechnology, and\nboth governments expect more joint "
                        + "investment in the coming years as\nsupply chains are rebuilt.",
                "Critics say the pace is too slow for the\nfirms that must commit capital now.",
                "A second paragraph follows here after the blank line in the source.");
        assertThat(sentences.get(0).block()).isEqualTo(sentences.get(2).block());
        assertThat(sentences.get(3).block()).isEqualTo(sentences.get(0).block() + 1);
    }

    @Test
    void sentenceKnowsSectionBlockAndListItem() {
        String input = """
                Executive Summary
                The summary paragraph sets the scene. It has two sentences.
                Recommendations
                – Expand Partnerships: Washington should act. Seoul should too.
                – Fund Research: Both should pay.
                A closing paragraph ends the brief.
                """;
        List<Sentence> sentences = sentences(input);
        assertThat(sentences).extracting(Sentence::text).containsExactly("Executive Summary",
                "The summary paragraph sets the scene.", "It has two sentences.", "Recommendations",
                "Expand Partnerships: Washington should act.", "Seoul should too.", "Fund Research: Both should pay.",
                "A closing paragraph ends the brief.");
        assertThat(sentences).extracting(Sentence::blockKind).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.PARAGRAPH);
        assertThat(sentences.get(0).heading()).isTrue();
        assertThat(sentences.get(0).section()).isNull();
        assertThat(sentences.get(1).section()).isEqualTo("Executive Summary");
        assertThat(sentences.get(4).section()).isEqualTo("Recommendations");
        assertThat(sentences.get(4).listItem()).isTrue();
        assertThat(sentences.get(4).block()).isEqualTo(sentences.get(5).block());
        assertThat(sentences.get(6).block()).isEqualTo(sentences.get(5).block() + 1);
        assertThat(sentences.get(7).listItem()).isFalse();
        assertThat(sentences.get(7).section()).isEqualTo("Recommendations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"– ", "• ", "- ", "1. ", "2) ", "* "})
    void listMarkersAreExcludedFromSentences(String marker) {
        List<Sentence> sentences = sentences("Steps:\n" + marker + "Build more fabs now. Then train staff.\n" + marker
                + "Share data.\n");
        assertThat(sentences).filteredOn(Sentence::listItem).extracting(Sentence::text)
                .containsExactly("Build more fabs now.", "Then train staff.", "Share data.");
    }

    @Test
    void numberedParagraphsDropTheirNumber() {
        assertThat(texts("70. The Commission recommends action. It is urgent.\n\n71. Congress should fund it."))
                .containsExactly("The Commission recommends action.", "It is urgent.", "Congress should fund it.");
    }

    @Test
    void emptyAndWhitespaceOnlyInputsGiveNoSentences() {
        assertThat(texts("")).isEmpty();
        assertThat(texts(" \n\u00a0\n\t")).isEmpty();
    }

    // ---- hostile input: every step stays linear and bounded ----

    @Test
    void aRunWithoutBoundaryIsCutAtWhiteSpaceIntoPiecesOfBoundedLength() {
        String run = "word ".repeat(5_000); // 25,000 characters, no terminal mark
        List<Sentence> sentences = sentences(run);
        assertThat(sentences).hasSizeBetween(3, 6);
        assertThat(sentences).allSatisfy(s -> {
            assertThat(s.text().length()).isLessThanOrEqualTo(SentenceSegmenter.MAX_SENTENCE_CHARS);
            assertThat(s.text()).startsWith("word").endsWith("word");
        });
        assertThat(String.join(" ", sentences.stream().map(Sentence::text).toList())).isEqualTo(run.strip());
    }

    @Test
    void aRunWithoutWhiteSpaceIsCutAtTheLimitButNeverInsideASurrogatePair() {
        String run = "\uD83D\uDE00".repeat(SentenceSegmenter.MAX_SENTENCE_CHARS); // 20,000 chars of emoji
        List<Sentence> sentences = sentences(run);
        assertThat(sentences).hasSizeGreaterThan(1);
        assertThat(sentences).allSatisfy(s -> assertThat(Character.isLowSurrogate(s.text().charAt(0))).isFalse());
    }

    @Test
    void anEndlessHeadingIsCutAndItsSectionTitleBounded() {
        StructuredText structured = normaliser.normalise("<h1>" + "Title ".repeat(3_000)
                + "</h1><p>Body one. Body two.</p>", ContentFormat.HTML);
        List<Sentence> sentences = segmenter.segment(structured);
        assertThat(sentences.stream().filter(Sentence::heading).toList()).hasSizeGreaterThan(1)
                .allSatisfy(s -> assertThat(s.text().length())
                .isLessThanOrEqualTo(SentenceSegmenter.MAX_SENTENCE_CHARS));
        Sentence body = sentences.get(sentences.size() - 1);
        assertThat(body.text()).isEqualTo("Body two.");
        assertThat(body.section()).startsWith("Title Title")
                .hasSizeLessThanOrEqualTo(SentenceSegmenter.MAX_SECTION_CHARS);
    }

    @Test
    void segmentationStopsOnceMoreSentencesThanTheLimitWereFound() {
        StructuredText structured = normaliser.normalise("Go! ".repeat(1_000), ContentFormat.TEXT);
        assertThat(segmenter.segment(structured)).hasSize(1_000);
        assertThat(segmenter.segment(structured, 10)).hasSize(11);
    }

    @Test
    void openBracketsAfterPeriodsDoNotMakeSegmentationQuadratic() {
        // every "[" used to search the rest of the text for its "]": 1.5 MB took 16 s
        String input = "a.[".repeat(200_000);
        List<Sentence> sentences = sentences(input);
        assertThat(sentences).isNotEmpty();
        assertThat(texts("Flows fell.[130] The next one.[x] Rest")).containsExactly("Flows fell.[130]",
                "The next one.[x] Rest");
    }
}
