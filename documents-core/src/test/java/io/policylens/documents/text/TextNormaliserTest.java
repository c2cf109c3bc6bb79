package io.policylens.documents.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Structure found in plain text, HTML and Markdown, and the offset invariants of {@link StructuredText}. */
class TextNormaliserTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    private StructuredText normalise(String input, ContentFormat format) {
        StructuredText structured = normaliser.normalise(input, format);
        int previousEnd = 0;
        for (Block block : structured.blocks()) {
            assertThat(block.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(block.contentStart()).isBetween(block.start(), block.end());
            assertThat(block.end()).isLessThanOrEqualTo(structured.text().length());
            previousEnd = block.end();
        }
        return structured;
    }

    private static List<String> contents(StructuredText structured) {
        return structured.blocks().stream().map(b -> b.content(structured.text())).toList();
    }

    private static List<BlockKind> kinds(StructuredText structured) {
        return structured.blocks().stream().map(Block::kind).toList();
    }

    // ---- plain text ----

    @Test
    void blankLinesSeparateParagraphs() {
        StructuredText structured = normalise("First paragraph here.\nStill first? No.\n\n\nSecond paragraph.",
                ContentFormat.TEXT);
        assertThat(contents(structured)).containsExactly("First paragraph here.", "Still first? No.",
                "Second paragraph.");
        assertThat(kinds(structured)).containsOnly(BlockKind.PARAGRAPH);
    }

    @Test
    void aSentenceBrokenByAPdfPageEndContinuesAcrossTheBlankLines() {
        StructuredText structured = normalise(
                "Freight rates held at 4% for the quarter, 7\n\nunchanged since spring. Ports reopened.\n\nNext "
                        + "paragraph here.",
                ContentFormat.TEXT);
        assertThat(contents(structured)).containsExactly(
                "Freight rates held at 4% for the quarter, 7\n\nunchanged since spring. Ports reopened.",
                "Next paragraph here.");
    }

    @Test
    void aBlankLineAfterAFinishedSentenceOrBeforeACapitalStillSeparates() {
        StructuredText structured = normalise("Rates held at 4%.\n\nrates fell later.\n\nA heading of sorts\n\nThe "
                + "next one.", ContentFormat.TEXT);
        assertThat(structured.blocks()).hasSize(4);
    }

    @Test
    void onePargraphPerLineTextGivesOneBlockPerLine() {
        StructuredText structured = normalise("""
                Seoul announced a new fund on Monday. It will invest in chips.
                The ministry said the fund is open to foreign firms as well.
                Critics were not convinced by the plan.
                """, ContentFormat.TEXT);
        assertThat(structured.blocks()).hasSize(3);
    }

    @Test
    void lowerCaseContinuationKeepsALineEndingInAnAbbreviationInItsBlock() {
        StructuredText structured = normalise("Exports to the U.S.\nmarket grew fast and Dr.\nKim said so.\n",
                ContentFormat.TEXT);
        assertThat(contents(structured)).containsExactly("Exports to the U.S.\nmarket grew fast and Dr.\nKim said so.");
    }

    @Test
    void shortTitleCaseLinesAreHeadings() {
        StructuredText structured = normalise("""
                Why Tech Cooperation Will Reshape the Alliance
                The alliance is changing quickly.

                The Challenges of Tech Collaboration

                Collaboration will not always be easy.
                """, ContentFormat.TEXT);
        assertThat(kinds(structured)).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING,
                BlockKind.PARAGRAPH);
        assertThat(contents(structured).get(2)).isEqualTo("The Challenges of Tech Collaboration");
    }

    @Test
    void proseLinesAndTitleCaseLinesEndingInArticlesAreNotHeadings() {
        assertThat(HeadingHeuristics.looksLikeHeading("The alliance is slowly changing to incorporate new "
                + "technologies")).isFalse();
        assertThat(HeadingHeuristics.looksLikeHeading("Cooperation between the United States and")).isFalse();
        assertThat(HeadingHeuristics.looksLikeHeading("A sentence that ends with a period.")).isFalse();
        assertThat(HeadingHeuristics.looksLikeHeading("How Can Canada and Japan Work Together More Closely?")).isTrue();
        assertThat(HeadingHeuristics.looksLikeHeading("Executive Summary")).isTrue();
    }

    @Test
    void bulletsAreOwnListItemsWithTheMarkerOutsideTheContent() {
        String input = """
                We recommend:
                – Expand Supply Chain Partnerships: do more.
                • Second bullet with a bullet sign
                - Third bullet with a hyphen
                1. Numbered item one
                2. Numbered item two
                    - Nested item
                """;
        StructuredText structured = normalise(input, ContentFormat.TEXT);
        assertThat(kinds(structured)).containsExactly(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM);
        List<Block> blocks = structured.blocks();
        String text = structured.text();
        assertThat(blocks.get(1).text(text)).isEqualTo("– Expand Supply Chain Partnerships: do more.");
        assertThat(blocks.get(1).content(text)).isEqualTo("Expand Supply Chain Partnerships: do more.");
        assertThat(blocks.get(2).content(text)).isEqualTo("Second bullet with a bullet sign");
        assertThat(blocks.get(3).content(text)).isEqualTo("Third bullet with a hyphen");
        assertThat(blocks.get(4).content(text)).isEqualTo("Numbered item one");
        assertThat(blocks.get(6).content(text)).isEqualTo("Nested item");
        assertThat(blocks.get(6).level()).isGreaterThan(blocks.get(5).level());
    }

    @Test
    void wrappedBulletContinuationStaysInTheItem() {
        StructuredText structured = normalise("– A long recommendation that wraps\n  onto a second line\n– Next one",
                ContentFormat.TEXT);
        assertThat(contents(structured)).containsExactly("A long recommendation that wraps\n  onto a second line",
                "Next one");
    }

    @Test
    void windowsLineEndingsAndNoBreakSpaceLinesAreHandled() {
        StructuredText structured = normalise("First line ends here.\r\n\u00a0\r\nSecond block here.\r\n",
                ContentFormat.TEXT);
        assertThat(contents(structured)).containsExactly("First line ends here.", "Second block here.");
    }

    // ---- HTML ----

    @Test
    void htmlKeepsHeadingsParagraphsAndListsAndDropsFurniture() {
        String html = """
                <html><head><title>t</title><script>var x = "Hidden script text";</script><style>p{}</style></head>
                <body>
                <header><a href="/">Home</a> <a href="/about">About us</a></header>
                <nav><ul><li>Menu item one</li><li>Menu item two</li></ul></nav>
                <article>
                  <h1>Chips &amp; Alliances</h1>
                  <p>Seoul and Washington&nbsp;agreed on a <b>new</b> <a href="#">framework</a>.</p>
                  <figure><img src="x.jpg"><figcaption>Caption that must go</figcaption></figure>
                  <h2>Recommendations</h2>
                  <ul>
                    <li>Invest in fabs
                      <ul><li>Nested first</li><li>Nested second</li></ul>
                    </li>
                    <li>Train engineers</li>
                  </ul>
                  <ol><li>Ordered item</li></ol>
                </article>
                <footer>Copyright footer text</footer>
                </body></html>
                """;
        StructuredText structured = normalise(html, ContentFormat.HTML);
        assertThat(contents(structured)).containsExactly("Chips & Alliances",
                "Seoul and Washington agreed on a new framework.", "Recommendations", "Invest in fabs", "Nested first",
                "Nested second", "Train engineers", "Ordered item");
        assertThat(kinds(structured)).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM);
        assertThat(structured.blocks().get(0).level()).isEqualTo(1);
        assertThat(structured.blocks().get(4).level()).isEqualTo(2);
        assertThat(structured.blocks().get(3).level()).isEqualTo(1);
        assertThat(structured.text()).doesNotContain("Hidden script", "Menu item", "Caption that", "footer", "Home");
    }

    @Test
    void articleHeaderKeepsItsTitle() {
        StructuredText structured = normalise("<header>Site logo</header><article><header><h1>The Real "
                + "Title</h1></header>"
                + "<p>Body text.</p></article>", ContentFormat.HTML);
        assertThat(contents(structured)).containsExactly("The Real Title", "Body text.");
    }

    @Test
    void malformedHtmlIsRepaired() {
        StructuredText structured = normalise("<h2>Unclosed heading<p>First para with <b>bold text<p>Second para &lt;"
                + "ok&gt; &eacute;t&eacute;"
                + "<ul><li>one<li>two", ContentFormat.HTML);
        assertThat(contents(structured)).containsExactly("Unclosed heading", "First para with bold text",
                "Second para <ok> été", "one", "two");
    }

    @Test
    void inlineElementsInMixedContainersKeepTheirSpaces() {
        StructuredText structured = normalise("<div>Loose text with<b> bold words</b> inside<p>Para</p></div>",
                ContentFormat.HTML);
        assertThat(contents(structured)).containsExactly("Loose text with bold words inside", "Para");
    }

    @Test
    void nestedUnclosedHeadingsGiveEachHeadingAndBlockOnce() {
        StructuredText structured = normalise("<h1>Chips<div><h2>Batteries<div><p>Seoul invests.</p>Loose "
                + "<b>text</b></div></h2>"
                + "</div></h1><p>After.", ContentFormat.HTML);
        assertThat(contents(structured)).containsExactly("Chips", "Batteries", "Seoul invests.", "Loose text",
                "After.");
        assertThat(kinds(structured)).containsExactly(BlockKind.HEADING, BlockKind.HEADING, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    }

    @Test
    void nestedListItemsKeepTheirOwnTextAroundTheNestedList() {
        StructuredText structured = normalise("<ul><li>One <b>bold</b><ul><li>Two<ol><li>Three</li></ol> "
                + "tail</li></ul> end</li>"
                + "<li>Four</li></ul>", ContentFormat.HTML);
        assertThat(contents(structured)).containsExactly("One bold end", "Two tail", "Three", "Four");
        assertThat(structured.blocks().stream().map(Block::level).toList()).containsExactly(1, 2, 3, 1);
    }

    @Test
    void markupCountIsWhatTheParsersWouldBuildNodesFrom() {
        assertThat(TextNormaliser.markupCount("<p>a <b>b</b></p>", ContentFormat.HTML)).isEqualTo(4);
        assertThat(TextNormaliser.markupCount("# T\n\n*a* [b](c)\n", ContentFormat.MARKDOWN)).isEqualTo(6);
        assertThat(TextNormaliser.markupCount("one\ntwo\r\n", ContentFormat.TEXT)).isEqualTo(3);
    }

    // ---- Markdown ----

    @Test
    void markdownHeadingsListsAndEmphasis() {
        String markdown = """
                # Policy Brief

                The *alliance* is **strong** and [growing](https://example.org).

                ## Recommendations

                - Expand `partnerships`
                - Fund research
                  1. nested numbered

                <!-- an editor's comment -->
                <script>alert('x')</script>
                """;
        StructuredText structured = normalise(markdown, ContentFormat.MARKDOWN);
        assertThat(contents(structured)).containsExactly("Policy Brief", "The alliance is strong and growing.",
                "Recommendations", "Expand partnerships", "Fund research", "nested numbered");
        assertThat(kinds(structured)).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM);
        assertThat(structured.text()).doesNotContain("*", "editor", "alert", "<");
    }

    @Test
    void blocksAreSeparatedSoNoSentenceCrossesThem() {
        StructuredText structured = normalise("<p>One</p><p>Two</p>", ContentFormat.HTML);
        assertThat(structured.text()).isEqualTo("One\n\nTwo");
    }

    @Test
    void formatFromFileNameAndMediaType() {
        assertThat(ContentFormat.fromFileName("a.HTML")).isEqualTo(ContentFormat.HTML);
        assertThat(ContentFormat.fromFileName("notes.md")).isEqualTo(ContentFormat.MARKDOWN);
        assertThat(ContentFormat.fromFileName(null)).isEqualTo(ContentFormat.TEXT);
        assertThat(ContentFormat.fromMediaType("text/html; charset=utf-8")).isEqualTo(ContentFormat.HTML);
        assertThat(ContentFormat.fromMediaType("application/pdf")).isNull();
    }
}
