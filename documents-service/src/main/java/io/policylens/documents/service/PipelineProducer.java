package io.policylens.documents.service;

import io.policylens.documents.analysis.DocumentAnalyser;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

/** The text pipeline is plain Java (documents-core); one thread-safe instance serves all requests. */
public class PipelineProducer {

    @Produces
    @Singleton
    DocumentAnalyser documentAnalyser() {
        return new DocumentAnalyser();
    }
}
