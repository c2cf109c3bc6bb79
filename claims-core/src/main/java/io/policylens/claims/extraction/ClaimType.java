package io.policylens.claims.extraction;

import java.util.Locale;

/** Claim types of the annotation guidelines, in their precedence order (first wins). */
public enum ClaimType {
    FORECAST, STATISTIC, RANKING, COMPARISON, CAUSAL, ATTRIBUTION, EVENT, OTHER;

    /** The lower-case label used in JSON and the gold files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
