package io.policylens.claims.matching;

/**
 * Two matching claims from different documents.
 *
 * @param similarity Jaccard overlap of the content words of the two sentences, in [0, 1]
 * @param measure    the shared measure ("DRAM market") when the match rests on figures, or null
 * @param valueA     the figure of {@code a} for that measure, or NaN
 * @param valueB     the figure of {@code b}, or NaN
 */
public record ClaimMatch(DocumentClaim a, DocumentClaim b, MatchKind kind, double similarity, String measure,
                         double valueA, double valueB) {
}
