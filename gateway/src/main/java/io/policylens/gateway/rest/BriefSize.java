package io.policylens.gateway.rest;

import io.policylens.common.paging.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** How many items of each part a brief holds: the size query parameter of both briefs. */
public class BriefSize {

    @QueryParam("size")
    @DefaultValue("10")
    @Min(1)
    @Max(Page.MAX_SIZE)
    @Parameter(description = "Claims, clusters and documents at most, each (at most 100)", example = "10")
    public int size;
}
