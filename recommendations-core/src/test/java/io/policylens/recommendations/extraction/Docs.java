package io.policylens.recommendations.extraction;

import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.text.ContentFormat;

import java.util.List;
import java.util.Optional;

/** Test helper: runs the real text pipeline on documents written for these tests and extracts. */
final class Docs {

    private static final DocumentAnalyser ANALYSER = new DocumentAnalyser();
    private static final RecommendationExtractor EXTRACTOR = new RecommendationExtractor();

    private Docs() {
    }

    static AnalysedDocument analyse(String markdown) {
        return ANALYSER.analyse(markdown, ContentFormat.MARKDOWN);
    }

    static List<ExtractedRecommendation> extract(String markdown) {
        return EXTRACTOR.extract(analyse(markdown));
    }

    /** Plain text keeps markdown markers as they are, as in documents copied from web pages. */
    static List<ExtractedRecommendation> extractText(String text) {
        return EXTRACTOR.extract(ANALYSER.analyse(text, ContentFormat.TEXT));
    }

    /** The recommendation whose text contains {@code fragment}, if any. */
    static Optional<ExtractedRecommendation> find(List<ExtractedRecommendation> found, String fragment) {
        return found.stream().filter(r -> r.text().contains(fragment)).findFirst();
    }
}
