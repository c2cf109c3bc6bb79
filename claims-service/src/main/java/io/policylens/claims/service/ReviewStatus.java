package io.policylens.claims.service;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What an analyst concluded about a claim. Jackson reads and writes the lower-case label. */
public enum ReviewStatus {
    VERIFIED, DISPUTED, FALSE, UNREVIEWED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewStatus parse(String value) {
        for (ReviewStatus status : values()) {
            if (status.label().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("status must be verified, disputed, false or unreviewed");
    }

    /** Statuses that carry a verdict: the ones a ClaimReview can be published for. */
    public boolean isVerdict() {
        return this != UNREVIEWED;
    }
}
