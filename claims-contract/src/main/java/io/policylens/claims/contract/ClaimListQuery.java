package io.policylens.claims.contract;

import io.policylens.common.http.RequestValues;
import io.policylens.common.paging.TaggedListQuery;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging and filters of the claim list, declared once for claims-service's GET /claims and the gateway's
 * GET /api/v1/claims, so both check the same limits and document the same parameters. Values stay strings
 * validated with patterns: a failed JAX-RS conversion would answer 404 where a bad filter deserves a 400 problem.
 * Each side extends it with its own conversion.
 */
public class ClaimListQuery extends TaggedListQuery {

    /** The review statuses, also accepted by the gateway's review request. */
    public static final String STATUS_PATTERN = "verified|disputed|false|unreviewed";
    public static final String STATUS_MESSAGE = "must be verified, disputed, false or unreviewed";

    @QueryParam("document")
    @Pattern(regexp = RequestValues.UUID_PATTERN, message = "must be a document id (UUID)")
    @Parameter(description = "Claims of one document, in text order", example = "0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11")
    public String document;

    @QueryParam("type")
    @Pattern(
            regexp = "statistic|ranking|comparison|event|attribution|causal|forecast|other",
            message = "must be one of statistic, ranking, comparison, event, attribution, causal, forecast, other")
    @Parameter(description = "Claim type", example = "statistic")
    public String type;

    @QueryParam("minScore")
    @DecimalMin("0")
    @DecimalMax("1")
    @Pattern(regexp = "\\d+(\\.\\d+)?", message = "must be a number between 0 and 1")
    @Parameter(description = "Lowest check-worthiness score, 0 to 1", example = "0.8")
    public String minScore;

    @QueryParam("status")
    @Pattern(regexp = STATUS_PATTERN, message = STATUS_MESSAGE)
    @Parameter(description = "Review status", example = "unreviewed")
    public String status;

    @QueryParam("q")
    @Size(max = 500)
    @Parameter(
            description = "Words (full-text, English stemming, websearch syntax) or a literal substring",
            example = "DRAM market")
    public String q;
}
