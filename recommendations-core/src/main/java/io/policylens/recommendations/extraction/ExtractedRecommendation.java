package io.policylens.recommendations.extraction;

import java.util.List;

/**
 * A recommendation found in a document.
 *
 * @param start         offset of the first character in the analysed document text
 * @param end           offset just past the last character
 * @param text          {@code documentText.substring(start, end)}
 * @param actor         who is asked to act, as a canonical name ("United States and South Korea"), or null
 * @param strength      must | should | could | recommend | imperative
 * @param action        the proposed action (the verb phrase after the modal, or the imperative item)
 * @param topics        topic ids of the sentence
 * @param forums        forums or instruments named in the sentence (IPEF, Bio-5 Coalition, ...)
 * @param entityIds     canonical ids of the entities the sentence mentions
 * @param sentenceIndex index of the sentence in the analysed document
 * @param section       nearest heading above the sentence, or null
 * @param negated       true for advice against an action ("should not", "must avoid")
 */
public record ExtractedRecommendation(int start, int end, String text, String actor, String strength, String action,
                                      List<String> topics, List<String> forums, List<String> entityIds,
                                      int sentenceIndex, String section, boolean negated) {

    public ExtractedRecommendation {
        topics = List.copyOf(topics);
        forums = List.copyOf(forums);
        entityIds = List.copyOf(entityIds);
    }

    /** The original five-component form, for callers that only know the span, actor and strength. */
    public ExtractedRecommendation(int start, int end, String text, String actor, String strength) {
        this(start, end, text, actor, strength, text, List.of(), List.of(), List.of(), -1, null, false);
    }
}
