package io.policylens.recommendations.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/**
 * A claim supporting a recommendation. claimId is the id claims-service serves the claim under; start, end and
 * text are the claim's span in the document's normalised text as stored with the link (usable when claims-service
 * is not).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteEvidence(UUID claimId, int start, int end, String text, double score, String reason,
                             String claimsVersion) {
}
