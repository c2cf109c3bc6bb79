package io.policylens.common.paging;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A {@link TopicListQuery} that also filters by canonical entity: the document and claim lists. */
public class TaggedListQuery extends TopicListQuery {

    @QueryParam("entity")
    @Size(max = 100)
    @Parameter(description = "Canonical entity id", example = "south-korea")
    public String entity;
}
