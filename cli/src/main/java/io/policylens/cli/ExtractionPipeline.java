package io.policylens.cli;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.text.ContentFormat;
import io.policylens.recommendations.extraction.ExtractedRecommendation;
import io.policylens.recommendations.extraction.RecommendationExtractor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The offline pipeline: the same code the services run (documents-core analysis, claims-core and
 * recommendations-core extraction), plus the output rules of the annotation guidelines (R5): a
 * sentence repeated in a document is reported once, and a sentence that is both a claim and a
 * recommendation is reported only as a recommendation.
 * Not final only so that tests can stand in for the analyser and the extractors.
 */
class ExtractionPipeline {

    /** The items extracted from one document; offsets point into {@code document.text()}. */
    record Result(AnalysedDocument document, List<ExtractedClaim> claims,
            List<ExtractedRecommendation> recommendations) {
    }

    private final DocumentAnalyser analyser;
    private final ClaimExtractor claimExtractor;
    private final RecommendationExtractor recommendationExtractor;

    ExtractionPipeline() {
        this(new RecommendationExtractor());
    }

    private ExtractionPipeline(RecommendationExtractor recommendations) {
        this(new DocumentAnalyser(), new ClaimExtractor(recommendations::sentenceIndexes), recommendations);
    }

    /** The pipeline with the claim extractor scoring check-worthiness by the given stage of the bundled cascade. */
    ExtractionPipeline(io.policylens.claims.model.CheckworthinessStage stage) {
        this(new DocumentAnalyser(), new RecommendationExtractor(), stage);
    }

    private ExtractionPipeline(DocumentAnalyser analyser, RecommendationExtractor recommendations,
                               io.policylens.claims.model.CheckworthinessStage stage) {
        this(analyser, new ClaimExtractor(stage.of(io.policylens.claims.model.CheckworthinessCascade.bundled()),
                recommendations::sentenceIndexes), recommendations);
    }

    ExtractionPipeline(DocumentAnalyser analyser, ClaimExtractor claimExtractor,
                       RecommendationExtractor recommendationExtractor) {
        this.analyser = analyser;
        this.claimExtractor = claimExtractor;
        this.recommendationExtractor = recommendationExtractor;
    }

    AnalysedDocument analyse(String content, ContentFormat format) {
        return analyser.analyse(content, format);
    }

    List<ExtractedClaim> rawClaims(AnalysedDocument document) {
        return claimExtractor.extract(document);
    }

    /** Every sentence's claim assessment, with recommendations-core deciding which sentences are recommendations. */
    List<io.policylens.claims.extraction.SentenceAssessment> assess(AnalysedDocument document) {
        return claimExtractor.assess(document.sentences());
    }

    List<ExtractedRecommendation> rawRecommendations(AnalysedDocument document) {
        return recommendationExtractor.extract(document);
    }

    Result process(String content, ContentFormat format) {
        return process(analyse(content, format));
    }

    Result process(AnalysedDocument document) {
        List<ExtractedRecommendation> recommendations = onceOnly(rawRecommendations(document),
                ExtractedRecommendation::text);
        List<ExtractedClaim> claims = new ArrayList<>();
        for (ExtractedClaim claim : onceOnly(rawClaims(document), ExtractedClaim::text)) {
            boolean overlapsRecommendation = recommendations.stream()
                    .anyMatch(r -> claim.start() < r.end() && r.start() < claim.end());
            if (!overlapsRecommendation) {
                claims.add(claim);
            }
        }
        return new Result(document, List.copyOf(claims), recommendations);
    }

    /** Keeps the first of items with the same (whitespace-normalised) text. */
    private static <T> List<T> onceOnly(List<T> items, java.util.function.Function<T, String> text) {
        Set<String> seen = new HashSet<>();
        List<T> kept = new ArrayList<>(items.size());
        for (T item : items) {
            String key = text.apply(item) == null ? "" : text.apply(item).strip().replaceAll("\\s+", " ");
            if (key.isEmpty() || seen.add(key)) {
                kept.add(item);
            }
        }
        return kept;
    }
}
