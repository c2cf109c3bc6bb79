package io.policylens.documents.client.stream;

import io.policylens.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * .../admin/feed/dead-letters of an extraction service: the changes its consumer gave up on, and their replay, for
 * administrators. Each service subclasses it with its own {@code @Path}, {@code @Tag} and {@code @SecurityRequirement}
 * (class-level annotations are not inherited); the role rule and the error responses sit on each method, where a
 * subclass cannot lose them.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List dead letters",
            description = "Changes that failed every attempt (with back-off) and were set aside on the service's "
                    + "dead-letter topic so that later changes kept flowing. Newest first. replayed tells whether a "
                    + "replay has applied it.")
    @APIResponse(responseCode = "200", description = "The dead letters",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeadLetter.class)))
    @APIResponse(responseCode = "400", description = "Bad limit or pending")
    @APIResponse(responseCode = "403", description = "Only administrators")
    public List<DeadLetter> list(
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000)
            @Parameter(description = "At most this many, newest first", example = "100") int limit,
            @QueryParam("pending") @DefaultValue("false") @Pattern(regexp = "true|false",
                    message = "must be true or false")
            @Parameter(description = "Only dead letters not replayed yet", example = "true") String pending) {
        return deadLetters.list(limit, Boolean.parseBoolean(pending));
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replay one dead letter",
            description = "Applies the change again now, against the document's current state. Applying a change that "
                    + "is already applied changes nothing. The report says whether it was applied or why it failed "
                    + "again.")
    @APIResponse(responseCode = "200", description = "What the replay did",
            content = @Content(schema = @Schema(implementation = ReplayReport.class)))
    @APIResponse(responseCode = "400", description = "The id is not <partition>-<offset>")
    @APIResponse(responseCode = "404", description = "No such dead letter (or aged out of the topic)")
    @APIResponse(responseCode = "403", description = "Only administrators")
    public ReplayReport replay(
            @PathParam("id") @Pattern(regexp = DeadLetterId.PATTERN,
                    message = "must be <partition>-<offset>, e.g. 4-17")
            @Parameter(description = "The dead letter's id from the list", example = "4-17") String id) {
        return deadLetters.replay(id);
    }

    @POST
    @Path("/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replay every pending dead letter",
            description = "Applies every dead letter not replayed yet, oldest first in each partition, and marks them "
                    + "replayed up to the first one that fails again (the next replay starts there).")
    @APIResponse(responseCode = "200", description = "What the replay did",
            content = @Content(schema = @Schema(implementation = ReplayReport.class)))
    @APIResponse(responseCode = "403", description = "Only administrators")
    public ReplayReport replayAll() {
        return deadLetters.replayAll();
    }
}
