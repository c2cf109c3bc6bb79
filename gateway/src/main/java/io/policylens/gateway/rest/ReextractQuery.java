package io.policylens.gateway.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of an extraction service's POST .../admin/reextract. */
public class ReextractQuery {

    // a String, not a boolean: JAX-RS would read any unknown word as false and re-extract less than asked
    @QueryParam("force")
    @DefaultValue("false")
    @Pattern(regexp = "true|false", message = "must be true or false")
    @Parameter(
            description = "Re-extract even documents already processed with the current extractor version",
            example = "false")
    public String force;

    boolean force() {
        return Boolean.parseBoolean(force);
    }
}
