package io.policylens.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters every list endpoint takes. Endpoint-specific filter classes extend it
 * and are used as {@code @Valid @BeanParam}: a size over {@link Page#MAX_SIZE} is a 400 problem.
 */
public class PageParameters {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(100_000)
    @Parameter(description = "0-based page number", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(Page.MAX_SIZE)
    @Parameter(description = "Page size, at most 100", example = "20")
    public int size;
}
