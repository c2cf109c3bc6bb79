package io.policylens.recommendations.evidence;

/**
 * A claim linked to a recommendation as supporting evidence.
 *
 * @param claimId claim id as given in the candidate
 * @param score   strength of the link in [0, 1]
 * @param reason  why they are linked, for people ("same section 'Financing'; shares South Korea, IPEF; 2 sentences
 * before")
 */
public record EvidenceLink(String claimId, double score, String reason) {
}
