package io.policylens.claims.service;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.claims.matching.ClaimMatcher;
import io.policylens.documents.analysis.DocumentAnalyser;
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
        return new ClaimExtractor();
    }

    @Produces
    @Singleton
    ClaimMatcher claimMatcher() {
        return new ClaimMatcher();
    }
}
