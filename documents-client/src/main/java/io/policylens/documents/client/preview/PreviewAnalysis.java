package io.policylens.documents.client.preview;

import io.policylens.common.problem.ProblemException;
import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnalysisLimits;
import io.policylens.documents.analysis.ContentLimitException;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.text.ContentFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * documents-service's pipeline run in-process for the extraction services' "try it" endpoints (POST
 * /claims/extract, /recommendations/extract). Any reader may call them and they run synchronously on a request
 * thread, so they are bounded tighter than a submitted document (docs/conventions.md, "Bounded work per request");
 * text over a limit gets 413 problem+json. The service produces the {@link DocumentAnalyser} bean.
 */
@ApplicationScoped
public class PreviewAnalysis {

    /** The 413 answer of both extract endpoints, for their OpenAPI documents (the defaults of the limits below). */
    public static final String LIMITS_DESCRIPTION =
            "Body over the size limit (payload-too-large), or text over the extraction limits: more than 200,"
            + "000 characters (text-too-long), 100,000 tags or Markdown markers and lines (too-much-markup) or "
            + "5,000 sentences (too-many-sentences)";

    @Inject
    DocumentAnalyser analyser;

    @ConfigProperty(name = "policylens.extract.max-chars", defaultValue = "200000")
    int maxChars;

    @ConfigProperty(name = "policylens.extract.max-markup", defaultValue = "100000")
    int maxMarkup;

    @ConfigProperty(name = "policylens.extract.max-sentences", defaultValue = "5000")
    int maxSentences;

    public AnalysedDocument analyse(String content, ContentFormat format) {
        try {
            return analyser.analyse(content, format, new AnalysisLimits(maxChars, maxMarkup, maxSentences));
        } catch (ContentLimitException e) {
            throw new ProblemException(413, e.limit().slug(), e.getMessage());
        }
    }
}
