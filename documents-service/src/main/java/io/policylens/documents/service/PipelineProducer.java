package io.policylens.documents.service;

import io.policylens.documents.analysis.AnalysisLimits;
import io.policylens.documents.analysis.DocumentAnalyser;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The text pipeline is plain Java (documents-core); one thread-safe instance serves all requests. */
public class PipelineProducer {

    @Produces
    @Singleton
    DocumentAnalyser documentAnalyser() {
        return new DocumentAnalyser();
    }

    /**
     * What one submission may cost (docs/conventions.md, "Bounded work per request"): the
     * characters the body limit allows, markup the parsers can hold in a 192 MB heap, and sentences
     * every extraction service must process.
     */
    @Produces
    @Singleton
    AnalysisLimits analysisLimits(@ConfigProperty(name = "policylens.documents.max-chars", defaultValue = "5242880")
                    int maxChars, @ConfigProperty(name = "policylens.documents.max-markup", defaultValue = "250000")
                    int maxMarkup, @ConfigProperty(name = "policylens.documents.max-sentences", defaultValue = "20000")
                    int maxSentences) {
        return new AnalysisLimits(maxChars, maxMarkup, maxSentences);
    }
}
