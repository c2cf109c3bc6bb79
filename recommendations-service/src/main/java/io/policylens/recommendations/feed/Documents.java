package io.policylens.recommendations.feed;

import io.policylens.documents.contract.RemoteDocument;

/** Normalisations of document metadata shared by the writer and the clustering input, so both compare equal. */
final class Documents {

    private Documents() {
    }

    /** Blank publishers are no publisher: they must not count as one in "publishers behind a cluster". */
    static String publisher(RemoteDocument document) {
        String publisher = document.publisher();
        return publisher == null || publisher.isBlank() ? null : publisher.strip();
    }
}
