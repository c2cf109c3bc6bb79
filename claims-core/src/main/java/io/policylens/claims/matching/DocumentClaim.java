package io.policylens.claims.matching;

import io.policylens.claims.extraction.ExtractedClaim;

/** A claim with the document it comes from: the input of cross-document matching. */
public record DocumentClaim(String documentId, ExtractedClaim claim) {
}
