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
    /**
     * Raw HTML in Markdown is passed through to jsoup, which removes scripts, comments and page furniture
     * like in any HTML document (escaping it would put tags such as "&lt;script&gt;" into the text).
     */
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(false).build();
    private final HtmlNormaliser html = new HtmlNormaliser();

    public List<TextBlock> blocks(String markdown) {
        return html.blocks(renderer.render(parser.parse(markdown)));
    }
}
