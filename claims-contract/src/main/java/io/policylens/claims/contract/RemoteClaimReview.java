package io.policylens.claims.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The schema.org ClaimReview (JSON-LD, application/ld+json) of GET /claims/{id}/claimreview. claims-service
 * leaves out null members (no note: no reviewBody; no publisher: no author of the claim).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteClaimReview(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
                                String url, String claimReviewed, String datePublished, Organization author,
                                Rating reviewRating, Claim itemReviewed, String reviewBody) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organization(@JsonProperty("@type") String type, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rating(@JsonProperty("@type") String type, int ratingValue, int bestRating, int worstRating,
                         String alternateName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(@JsonProperty("@type") String type, Organization author, String datePublished,
                        List<CreativeWork> appearance) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CreativeWork(@JsonProperty("@type") String type, String url, String headline, String datePublished,
                               Organization publisher) {
    }
}
