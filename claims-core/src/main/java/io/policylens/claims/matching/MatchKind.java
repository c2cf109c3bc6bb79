package io.policylens.claims.matching;

/** How two claims from different documents relate. */
public enum MatchKind {
    /** Same statement, or the same measure with values that agree within tolerance. */
    AGREEING,
    /** The same measure about the same entities, with values that disagree. */
    CONFLICTING
}
