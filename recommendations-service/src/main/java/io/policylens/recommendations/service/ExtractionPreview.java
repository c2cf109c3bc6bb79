package io.policylens.recommendations.service;

import io.policylens.common.problem.ProblemException;
import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.client.preview.PreviewAnalysis;
import io.policylens.documents.text.ContentFormat;
import io.policylens.recommendations.extraction.ExtractedRecommendation;
import io.policylens.recommendations.extraction.RecommendationExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** "Try it": runs documents-service's text pipeline and the extractor on a text, storing nothing. */
@ApplicationScoped
public class ExtractionPreview {

    @Inject
    PreviewAnalysis analysis;

    @Inject
    RecommendationExtractor extractor;

    public List<ExtractedRecommendation> extract(String text, ContentFormat format) {
        AnalysedDocument document = analysis.analyse(text, format);
        if (document.sentences().isEmpty()) {
            throw ProblemException.unprocessable("empty-text", "no text left after removing markup and boilerplate");
        }
        return extractor.extract(document);
    }
}
