package io.policylens.claims.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A schema.org ClaimReview (JSON-LD), the format fact-check publishers and search engines read. */
@RegisterForReflection(targets = {
            ClaimReviewLd.class, ClaimReviewLd.Organization.class, ClaimReviewLd.Rating.class,
            ClaimReviewLd.Claim.class, ClaimReviewLd.CreativeWork.class
        })
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "@type"})
@Schema(description = "schema.org ClaimReview", example =
                "{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\","
                + "\"url\":\"https://policylens.io/claims/5d1c2a3e-7a51-3d6f-9c1e-2b8f0a7c4d21\","
                + "\"claimReviewed\":\"South Korea accounts for 60 percent of the global DRAM market.\","
                + "\"datePublished\":\"2026-11-24\",\"author\":{\"@type\":\"Organization\",\"name\":\"Policy Lens\"},"
                + "\"reviewRating\":{\"@type\":\"Rating\",\"ratingValue\":3,\"bestRating\":5,\"worstRating\":1,"
                + "\"alternateName\":\"Disputed\"},\"itemReviewed\":{\"@type\":\"Claim\","
                + "\"author\":{\"@type\":\"Organization\",\"name\":\"Korea Economic Institute of America\"},"
                + "\"datePublished\":\"2025-06-04\",\"appearance\":[{\"@type\":\"CreativeWork\","
                + "\"url\":\"https://example.org/briefs/tech-cooperation\",\"headline\":\"Why Tech Cooperation "
                + "Matters\"}]},\"reviewBody\":\"Other sources give 45 percent.\"}")
public record ClaimReviewLd(
        @JsonProperty("@context") String context,
        @JsonProperty("@type") String type,
        String url,
        String claimReviewed,
        String datePublished,
        Organization author,
        Rating reviewRating,
        Claim itemReviewed,
        String reviewBody) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record Organization(@JsonProperty("@type") String type, String name) {

        public static Organization named(String name) {
            return name == null || name.isBlank() ? null : new Organization("Organization", name);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record Rating(@JsonProperty("@type") String type, int ratingValue, int bestRating, int worstRating,
            String alternateName) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record Claim(@JsonProperty("@type") String type, Organization author, String datePublished,
            List<CreativeWork> appearance) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record CreativeWork(@JsonProperty("@type") String type, String url, String headline, String datePublished,
            Organization publisher) {}
}
