package io.policylens.documents.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays blocks out as normalised text. Blocks are separated by a blank line so that the stored text
 * stays readable and no sentence can run across two blocks.
 */
final class StructuredTextBuilder {

    private static final String SEPARATOR = "\n\n";

    private StructuredTextBuilder() {
    }

    static StructuredText build(List<TextBlock> textBlocks) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>(textBlocks.size());
        for (TextBlock block : textBlocks) {
            if (!blocks.isEmpty()) {
                text.append(SEPARATOR);
            }
            int start = text.length();
            text.append(block.content());
            blocks.add(new Block(block.kind(), start, text.length(), start + block.markerLength(), block.level()));
        }
        return new StructuredText(text.toString(), blocks);
    }
}
