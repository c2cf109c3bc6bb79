package io.policylens.documents.text;

/**
 * One structural unit of the normalised text: a heading, a paragraph or a list item.
 *
 * @param kind         structural role
 * @param start        offset of the block's first character in the normalised text
 * @param end          offset just past its last character
 * @param contentStart offset where the content starts, after a list marker such as "– " or "1. "
 * @param level        heading level (1-6) for headings, nesting depth for list items, 0 otherwise
 */
public record Block(BlockKind kind, int start, int end, int contentStart, int level) {

    public String text(String documentText) {
        return documentText.substring(start, end);
    }

    public String content(String documentText) {
        return documentText.substring(contentStart, end);
    }
}
