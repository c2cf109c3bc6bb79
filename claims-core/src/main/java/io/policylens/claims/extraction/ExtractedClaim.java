package io.policylens.claims.extraction;

/**
 * A claim found in a document. API sketch: the claims-core owner may add components (quantities,
 * entities, cited source, hedging...) but keeps these accessors.
 */
public record ExtractedClaim(int start, int end, String text, ClaimType type, double score) {
}
