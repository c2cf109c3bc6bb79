package io.policylens.documents.rest;

import io.policylens.common.security.Roles;
import io.policylens.documents.feed.ChangeFeed;
import io.policylens.documents.feed.ChangeFeedPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ordered change log (the outbox the relay publishes to Kafka), as a read API for operators and
 * integrations that audit changes. The extraction services consume the Kafka topic, not this.
 */
@Path("/documents/changes")
@Tag(
        name = "Change feed",
        description =
                "Ordered created/updated/deleted events, for auditing (the services consume Kafka)")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {

    @Inject
    ChangeFeed feed;

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    @Operation(
            summary = "Read changes after a cursor",
            description =
                    "Events in commit order, the same ones documents-service publishes to the Kafka change topic. Pass "
                    + "the previous response's nextCursor as 'after'; an event is never skipped, even when writers "
                    + "commit out of order. Spans every partner's documents, so only the service and admin roles read "
                    + "it.")
    @APIResponse(
            responseCode = "200",
            description = "A batch of events",
            content = @Content(schema = @Schema(implementation = ChangeFeedPage.class)))
    @APIResponse(responseCode = "400", description = "Bad cursor or limit")
    @APIResponse(
            responseCode = "403",
            description = "Only the service and admin roles read the feed")
    public ChangeFeedPage changes(
            @QueryParam("after")
                    @DefaultValue("0")
                    @Min(0)
                    @Parameter(
                            description = "Cursor: the last seq already processed",
                            example = "0")
                    long after,
            @QueryParam("limit")
                    @DefaultValue("100")
                    @Min(1)
                    @Max(1000)
                    @Parameter(description = "At most 1000", example = "100")
                    int limit) {
        return feed.after(after, limit);
    }
}
