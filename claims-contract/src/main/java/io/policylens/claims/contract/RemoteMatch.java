package io.policylens.claims.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A claim of another document that agrees or conflicts (GET /claims/{id}/matches). value and otherValue
 * are null for matches resting on wording rather than figures.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteMatch(String kind, String measure, Double value, Double otherValue, double similarity,
                          RemoteClaim claim) {
}
