package io.policylens.recommendations.evidence;

import java.util.Set;

/**
 * A claim of the same document that may support a recommendation. Deliberately independent of
 * claims-core: the recommendations service fills it from whatever claim store it reads.
 *
 * @param claimId       stable id of the claim
 * @param sentenceIndex index of the claim's sentence in the analysed document
 * @param block         index of the paragraph or list item holding it, or -1 when unknown
 * @param section       nearest heading above the claim, or null
 * @param entityIds     canonical entity ids the claim mentions
 * @param topics        topic ids of the claim
 */
public record EvidenceCandidate(String claimId, int sentenceIndex, int block, String section, Set<String> entityIds,
                                Set<String> topics) {

    public EvidenceCandidate {
        entityIds = Set.copyOf(entityIds);
        topics = Set.copyOf(topics);
    }
}
