package io.policylens.cli;

/** A character span [start, end) in one document's original content. */
record Span(int start, int end) {

    Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    int length() {
        return end - start;
    }

    int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }
}
