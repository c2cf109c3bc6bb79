package io.policylens.claims.extraction;

import io.policylens.claims.quantities.Quantity;
import io.policylens.claims.sources.CitedSource;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on one sentence, claim or not, with everything the extractor found in it. Kept for
 * non-claims too, so the decision can be explained and reviewed.
 *
 * @param claim            the decision
 * @param score            check-worthiness in [0, 1]; the decision is {@code score >= 0.5}
 * @param modelProbability probability of the sentence-level model alone
 * @param exclusion        why the sentence can never be a claim (recommendation, question...), or null
 */
public record SentenceAssessment(int start, int end, String text, boolean claim, double score,
                                 double modelProbability, ClaimType type, Hedging hedging, List<Quantity> quantities,
                                 List<String> entities, Optional<CitedSource> source, String exclusion,
                                 int sentenceIndex) {

    public ExtractedClaim toClaim() {
        return new ExtractedClaim(start, end, text, type, score, hedging, quantities, entities, source, sentenceIndex);
    }
}
