package io.policylens.recommendations.rest;

import io.policylens.common.http.RequestValues;
import io.policylens.common.paging.PageParameters;
import io.policylens.recommendations.repository.RecommendationFilter;
import io.policylens.recommendations.service.TrackingStatus;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import static io.policylens.common.http.RequestValues.blankToNull;

/** Paging and filters of the recommendation listing. */
public class ListParameters extends PageParameters {

    @QueryParam("document")
    @Pattern(regexp = RequestValues.UUID_PATTERN, message = "must be a UUID")
    @Parameter(description = "Document id", example = "3f2a9c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b")
    public String document;

    @QueryParam("actor")
    @Size(max = 200)
    @Parameter(description = "Addressee: part of the canonical actor name, case-insensitive", example = "South Korea")
    public String actor;

    @QueryParam("topic")
    @Size(max = 100)
    @Parameter(description = "Topic id from the taxonomy", example = "semiconductors")
    public String topic;

    @QueryParam("strength")
    @Pattern(regexp = "must|should|recommend|could|imperative", message = "must be one of must, should, recommend, "
            + "could, imperative")
    @Parameter(description = "must, should, recommend, could or imperative", example = "should")
    public String strength;

    @QueryParam("status")
    @Pattern(regexp = TrackingStatus.PATTERN, message = "must be one of proposed, under_consideration, adopted, "
            + "implemented, rejected")
    @Parameter(description = "Tracking status", example = "proposed")
    public String status;

    @QueryParam("cluster")
    @Size(max = 100)
    @Parameter(description = "Cluster id", example = "rc-0aa65eaa249c")
    public String cluster;

    @QueryParam("forum")
    @Size(max = 200)
    @Parameter(description = "Forum or instrument named in the recommendation", example = "Indo-Pacific Economic "
            + "Framework")
    public String forum;

    @QueryParam("q")
    @Size(max = 500)
    @Parameter(description = "Full-text query over text, addressee and action (words, \"phrases\", OR, -exclusions)",
            example = "export controls")
    public String q;

    RecommendationFilter filter() {
        return new RecommendationFilter(RequestValues.uuidOrNull(document), blankToNull(actor), blankToNull(topic),
                blankToNull(strength), blankToNull(status), blankToNull(cluster), blankToNull(forum), blankToNull(q));
    }
}
