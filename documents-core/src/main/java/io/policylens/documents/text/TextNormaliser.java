package io.policylens.documents.text;

import java.util.List;

/** Entry point of normalisation: format-specific block extraction, then boilerplate removal. */
public final class TextNormaliser {

    private final PlainTextNormaliser plainText = new PlainTextNormaliser();
    private final HtmlNormaliser html = new HtmlNormaliser();
    private final MarkdownNormaliser markdown = new MarkdownNormaliser();
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();

    public StructuredText normalise(String content, ContentFormat format) {
        List<TextBlock> blocks = switch (format) {
            case TEXT -> plainText.blocks(content);
            case HTML -> html.blocks(content);
            case MARKDOWN -> markdown.blocks(content);
        };
        return StructuredTextBuilder.build(boilerplate.filter(blocks));
    }

    /**
     * How much structure parsing {@code content} can create, counted in one pass without parsing: tags ("&lt;") in
     * HTML; lines and inline markers (* _ ` [ &lt; &gt;) in Markdown; lines in plain text. Every node, block and line
     * the parsers hold comes from one of these, so bounding the count bounds their memory.
     */
    public static int markupCount(String content, ContentFormat format) {
        int count = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            boolean counted = switch (format) {
                case HTML -> c == '<';
                case MARKDOWN -> c == '\n' || c == '*' || c == '_' || c == '`' || c == '[' || c == '<' || c == '>';
                case TEXT -> c == '\n' || c == '\r';
            };
            if (counted) {
                count++;
            }
        }
        return count;
    }
}
