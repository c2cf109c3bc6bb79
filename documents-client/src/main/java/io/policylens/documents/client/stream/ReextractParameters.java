package io.policylens.documents.client.stream;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The query of every extraction service's POST .../admin/reextract, taken as {@code @Valid @BeanParam}; each service
 * describes the parameter for its own OpenAPI document with a method-level {@code @Parameter(name = "force")}.
 */
public class ReextractParameters {

    // a String, not a boolean: JAX-RS would read any unknown word as false and re-extract less than asked
    @QueryParam("force")
    @DefaultValue("false")
    @Pattern(regexp = "true|false", message = "must be true or false")
    public String force;

    /** Whether documents already processed with the current extractor version are extracted again too. */
    public boolean force() {
        return Boolean.parseBoolean(force);
    }
}
