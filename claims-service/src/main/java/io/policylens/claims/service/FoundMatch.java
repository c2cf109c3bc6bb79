package io.policylens.claims.service;

import io.policylens.claims.matching.ClaimMatch;

/** A claim of another document that matches the one asked about, with how it matches. */
public record FoundMatch(ReviewedClaim other, ClaimMatch match) {
}
