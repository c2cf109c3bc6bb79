package io.policylens.documents.sentences;

import io.policylens.documents.text.BlockKind;

/**
 * A sentence of a document with exact offsets: {@code documentText.substring(start, end).equals(text)}.
 *
 * @param index     position of the sentence in the document (0-based)
 * @param start     offset of the first character in the normalised document text
 * @param end       offset just past the last character
 * @param text      the sentence text, exactly as stored
 * @param block     index of the block (paragraph, list item or heading) the sentence belongs to
 * @param blockKind kind of that block; headings are kept so the structure is complete, extractors skip them
 * @param section   text of the nearest heading above the sentence, or null
 */
public record Sentence(int index, int start, int end, String text, int block, BlockKind blockKind, String section) {

    public boolean listItem() {
        return blockKind == BlockKind.LIST_ITEM;
    }

    public boolean heading() {
        return blockKind == BlockKind.HEADING;
    }
}
