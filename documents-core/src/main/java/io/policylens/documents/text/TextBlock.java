package io.policylens.documents.text;

/**
 * A block as a normaliser found it, before boilerplate removal and before offsets exist.
 *
 * @param kind         heading, paragraph or list item
 * @param content      the block's text, list marker included when the source had one
 * @param markerLength length of the list marker at the start of content ("– ", "1. "), 0 if none
 * @param level        heading level or list depth
 */
public record TextBlock(BlockKind kind, String content, int markerLength, int level) {

    /** The text without its list marker. */
    public String body() {
        return content.substring(markerLength);
    }

    public boolean is(BlockKind other) {
        return kind == other;
    }
}
