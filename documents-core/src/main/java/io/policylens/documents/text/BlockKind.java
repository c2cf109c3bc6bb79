package io.policylens.documents.text;

/** Structural role of a block of normalised text. */
public enum BlockKind {
    HEADING, PARAGRAPH, LIST_ITEM
}
