package io.policylens.documents.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Markdown goes through CommonMark to HTML and then through the HTML normaliser, so both formats
 * share one notion of headings, paragraphs and list items.
 */
public final class MarkdownNormaliser {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();
    private final HtmlNormaliser html = new HtmlNormaliser();

    public List<TextBlock> blocks(String markdown) {
        return html.blocks(renderer.render(parser.parse(markdown)));
    }
}
