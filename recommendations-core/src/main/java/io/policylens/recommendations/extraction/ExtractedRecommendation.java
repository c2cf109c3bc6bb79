package io.policylens.recommendations.extraction;

/**
 * A recommendation found in a document. API sketch: the recommendations-core owner may add components
 * (action, topics, forum, ...) but keeps these accessors. actor is a canonical name or null;
 * strength is one of must|should|could|recommend|imperative.
 */
public record ExtractedRecommendation(int start, int end, String text, String actor, String strength) {
}
