package io.policylens.documents.text;

import java.util.List;

/**
 * Normalised text with its block structure. Blocks are ordered, do not overlap and every offset
 * points into {@link #text()}.
 */
public record StructuredText(String text, List<Block> blocks) {

    public StructuredText {
        blocks = List.copyOf(blocks);
    }
}
