package io.policylens.documents.analysis;

import io.policylens.documents.text.ContentFormat;

/** The whole text pipeline: normalise, remove boilerplate, segment, annotate. */
public final class DocumentAnalyser {

    public AnalysedDocument analyse(String content, ContentFormat format) {
        throw new UnsupportedOperationException("being implemented");
    }
}
