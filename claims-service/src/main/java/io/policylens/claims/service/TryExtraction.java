package io.policylens.claims.service;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.common.problem.ProblemException;
import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.client.preview.PreviewAnalysis;
import io.policylens.documents.text.ContentFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Extraction without storage, for trying the extractor (Swagger UI): the same documents-core pipeline
 * documents-service runs, then the same extractor the feed consumer runs, so results equal what a
 * submitted document would get.
 */
@ApplicationScoped
public class TryExtraction {

    @Inject
    PreviewAnalysis analysis;

    @Inject
    ClaimExtractor extractor;

    public Result extract(String content, ContentFormat format) {
        requireText(content);
        AnalysedDocument analysed = analysis.analyse(content, format);
        return new Result(analysed, extractor.extract(analysed.sentences()));
    }

    /** Rejects binary data (C0 control characters besides tab, line ends and form feed), as documents-service does. */
    private static void requireText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                throw ProblemException.unprocessable("binary-content",
                        "text contains binary data (control character U+" + String.format("%04X", (int) c) + ")");
            }
        }
    }

    public record Result(AnalysedDocument document, List<ExtractedClaim> claims) {
    }
}
