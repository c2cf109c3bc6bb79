package io.policylens.common.paging;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging and the taxonomy topic filter of every list of extracted items (documents, claims, recommendations).
 * The contract modules' list queries extend it, so the services and the gateway check and document it alike.
 */
public class TopicListQuery extends PageParameters {

    @QueryParam("topic")
    @Size(max = 100)
    @Parameter(description = "Topic id from the taxonomy", example = "semiconductors")
    public String topic;
}
