package io.policylens.training;

/** A sentence with a binary check-worthiness label. */
public record LabelledSentence(String text, boolean checkworthy) {
}
