package io.policylens.recommendations.extraction;

import io.policylens.documents.analysis.AnalysedDocument;

import java.util.List;

/** Finds policy recommendations in an analysed document. Placeholder until implemented. */
public final class RecommendationExtractor {

    public List<ExtractedRecommendation> extract(AnalysedDocument document) {
        return List.of();
    }
}
