package io.policylens.recommendations.service;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.recommendations.clustering.RecommendationClusterer;
import io.policylens.recommendations.evidence.EvidenceLinker;
import io.policylens.recommendations.extraction.RecommendationExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The plain-Java extraction components as application-wide beans: all are thread-safe, some load models
 * once. Singletons rather than application-scoped: the classes are final and need no client proxy.
 */
@ApplicationScoped
public class ExtractionComponents {

    @Produces
    @Singleton
    RecommendationExtractor recommendationExtractor() {
        return new RecommendationExtractor();
    }

    @Produces
    @Singleton
    ClaimExtractor claimExtractor(RecommendationExtractor recommendations) {
        // the same decision as claims-service, so evidence links name the claims it stores (R5)
        return new ClaimExtractor(recommendations::sentenceIndexes);
    }

    @Produces
    @Singleton
    EvidenceLinker evidenceLinker() {
        return new EvidenceLinker();
    }

    @Produces
    @Singleton
    RecommendationClusterer clusterer() {
        return new RecommendationClusterer();
    }

    /** Only for POST /recommendations/extract: stored recommendations use documents-service's sentences. */
    @Produces
    @Singleton
    DocumentAnalyser documentAnalyser() {
        return new DocumentAnalyser();
    }
}
