package io.policylens.claims.extraction;

import io.policylens.documents.analysis.AnnotatedSentence;

import java.util.List;
import java.util.Set;

/**
 * Which sentences of a document are recommendations. A sentence that is both a claim and a recommendation is a
 * recommendation only (GUIDELINES R5), so the claim extractor asks the recommendation extractor instead of guessing:
 * the services and the offline pipeline pass recommendations-core's decision, and claims-core does not depend on
 * it. {@link #OWN_CUES} is the fallback when no recommendation extractor is at hand: the claim side's normative cues.
 */
@FunctionalInterface
public interface RecommendationSentences {

    /** The claim side's own normative cues decide (no recommendation extractor). */
    RecommendationSentences OWN_CUES = sentences -> null;

    /** Sentence indexes that are recommendations, or null to let the claim side's own cues decide. */
    Set<Integer> indexes(List<AnnotatedSentence> sentences);
}
