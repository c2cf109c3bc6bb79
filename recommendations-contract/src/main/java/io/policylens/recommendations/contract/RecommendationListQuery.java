package io.policylens.recommendations.contract;

import io.policylens.common.http.RequestValues;
import io.policylens.common.paging.TopicListQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging and filters of the recommendation list, declared once for recommendations-service's GET /recommendations
 * and the gateway's GET /api/v1/recommendations, so both check the same limits and document the same parameters.
 * Each side extends it with its own conversion.
 */
public class RecommendationListQuery extends TopicListQuery {

    /** The tracking statuses, also accepted by the gateway's status change. */
    public static final String STATUS_PATTERN = "proposed|under_consideration|adopted|implemented|rejected";
    public static final String STATUS_MESSAGE =
            "must be one of proposed, under_consideration, adopted, implemented, rejected";

    @QueryParam("document")
    @Pattern(regexp = RequestValues.UUID_PATTERN, message = "must be a document id (UUID)")
    @Parameter(
            description = "Recommendations of one document, in text order",
            example = "3f2a9c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b")
    public String document;

    @QueryParam("actor")
    @Size(max = 200)
    @Parameter(description = "Addressee: part of the canonical actor name, case-insensitive", example = "South Korea")
    public String actor;

    @QueryParam("strength")
    @Pattern(
            regexp = "must|should|recommend|could|imperative",
            message = "must be one of must, should, recommend, could, imperative")
    @Parameter(description = "must, should, recommend, could or imperative", example = "should")
    public String strength;

    @QueryParam("status")
    @Pattern(regexp = STATUS_PATTERN, message = STATUS_MESSAGE)
    @Parameter(description = "Tracking status", example = "proposed")
    public String status;

    @QueryParam("cluster")
    @Size(max = 100)
    @Parameter(description = "Cluster id", example = "rc-0aa65eaa249c")
    public String cluster;

    @QueryParam("forum")
    @Size(max = 200)
    @Parameter(
            description = "Forum or instrument named in the recommendation",
            example = "Indo-Pacific Economic Framework")
    public String forum;

    @QueryParam("q")
    @Size(max = 500)
    @Parameter(
            description = "Full-text query over text, addressee and action (words, \"phrases\", OR, -exclusions)",
            example = "export controls")
    public String q;
}
