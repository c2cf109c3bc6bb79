package io.policylens.cli;

import io.policylens.claims.extraction.ClaimType;
import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.text.ContentFormat;
import io.policylens.recommendations.extraction.ExtractedRecommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the real analyser and extractors, so the CLI is tested on its own: the text is kept
 * as is, sentences end at . ! or ?, a sentence with a digit is a statistic claim, a sentence with
 * "should" is a recommendation addressed to whoever it starts with.
 */
class FakePipeline extends ExtractionPipeline {

    private static final Pattern SENTENCE = Pattern.compile("[^\\s][^.!?]*[.!?]");

    @Override
    AnalysedDocument analyse(String content, ContentFormat format) {
        return new AnalysedDocument(content, null, List.of(), List.of(), List.of(), Map.of());
    }

    @Override
    List<ExtractedClaim> rawClaims(AnalysedDocument document) {
        List<ExtractedClaim> claims = new ArrayList<>();
        Matcher m = SENTENCE.matcher(document.text());
        while (m.find()) {
            if (m.group().matches("(?s).*\\d.*")) {
                claims.add(new ExtractedClaim(m.start(), m.end(), m.group(), ClaimType.STATISTIC, 0.87654));
            }
        }
        return claims;
    }

    @Override
    List<ExtractedRecommendation> rawRecommendations(AnalysedDocument document) {
        List<ExtractedRecommendation> recommendations = new ArrayList<>();
        Matcher m = SENTENCE.matcher(document.text());
        while (m.find()) {
            String sentence = m.group();
            if (sentence.contains("should")) {
                String actor = sentence.startsWith("Lisbon") ? "Portugal" : null;
                recommendations.add(new ExtractedRecommendation(m.start(), m.end(), sentence, actor, "should"));
            }
        }
        return recommendations;
    }
}
