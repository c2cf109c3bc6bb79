package io.policylens.claims.service;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.claims.matching.ClaimMatcher;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.recommendations.extraction.RecommendationExtractor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The text pipeline and the extractor are plain Java (documents-core, claims-core): one thread-safe
 * instance of each serves the feed consumer and every request; the model is loaded once.
 */
public class ExtractionProducer {

    @Produces
    @Singleton
    DocumentAnalyser documentAnalyser() {
        return new DocumentAnalyser();
    }

    @Produces
    @Singleton
    ClaimExtractor claimExtractor() {
        // recommendations-core decides which sentences are recommendations, as in recommendations-service (R5)
        return new ClaimExtractor(new RecommendationExtractor()::sentenceIndexes);
    }

    @Produces
    @Singleton
    ClaimMatcher claimMatcher() {
        return new ClaimMatcher();
    }
}
