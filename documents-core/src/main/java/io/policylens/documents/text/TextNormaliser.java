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
}
