package io.policylens.common.version;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /internal/data-version}, in every service that declares a {@link DataVersionSource}. It needs no
 * token: the gateway polls it from a background job with no caller behind it, the answer is one counter and no
 * data, and the network policies only let the gateway and the other services reach a service's port.
 */
@Path("/internal/data-version")
@Tag(name = "Internal", description = "Service-to-service endpoints; not routed by the gateway or the ingress")
@Produces(MediaType.APPLICATION_JSON)
public class DataVersionResource {

    @Inject
    Instance<DataVersionSource> source;

    @GET
    @PermitAll
    @Operation(summary = "This service's data version",
            description = "Grows whenever data a caller can read has changed (after the commit). The gateway polls it to "
                    + "invalidate its cached views. No token needed; it carries no data.")
    @APIResponse(responseCode = "200", description = "The current version")
    public DataVersion version() {
        if (!source.isResolvable()) {
            throw new NotFoundException();
        }
        return new DataVersion(source.get().current());
    }

    @RegisterForReflection
    @Schema(name = "DataVersion")
    public record DataVersion(@Schema(description = "grows with every committed change", example = "1532") long version) {
    }
}
