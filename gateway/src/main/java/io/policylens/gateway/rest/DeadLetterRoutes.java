package io.policylens.gateway.rest;

import io.policylens.common.problem.Problem;
import io.policylens.common.security.Roles;
import io.policylens.gateway.client.DeadLetterCalls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * .../admin/feed/dead-letters of claims- and recommendations-service, relayed: the changes a Kafka consumer gave up on,
 * and their replay. Each service's resource subclasses it with its own {@code @Path}, tag and security requirement
 * (class-level annotations are not inherited; {@link DownstreamResponses} documents the service's 502, 503 and 504 by
 * path); the role rule and the input checks sit on the methods, where a subclass cannot lose them. The checks are the
 * services' own, so bad input never reaches them.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class DeadLetterRoutes {

    /** The services' DeadLetterId: {@code <partition>-<offset>} on the dead-letter topic. */
    static final String ID_PATTERN = "[0-9]{1,4}-[0-9]{1,18}";

    /** The services' limit, 1 to 1000, as digits. */
    static final String LIMIT_PATTERN = "[1-9][0-9]{0,2}|1000";

    /** The service whose dead letters this resource relays. */
    protected abstract DeadLetterCalls service();

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "List dead letters",
            description =
                    "Changes the service's Kafka consumer failed to apply after every retry and set aside on its "
                    + "dead-letter topic, so that later changes kept flowing. Newest first; replayed tells whether a "
                    + "replay has applied it. Admin role.")
    @APIResponse(
            responseCode = "200",
            description = "The dead letters",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "one pending",
                                            value = DeadLetterExamples.LIST)))
    @APIResponse(
            responseCode = "400",
            description = "limit is not 1 to 1000, or pending is not true or false")
    public Response list(
            @QueryParam("limit")
                    @DefaultValue("100")
                    @Pattern(
                            regexp = LIMIT_PATTERN,
                            message = "must be " + "a whole number from 1 to 1000")
                    @Parameter(
                            description = "At most this many, newest first (1 to 1000)",
                            example = "100")
                    String limit,
            @QueryParam("pending")
                    @DefaultValue("false")
                    @Pattern(regexp = "true|false", message = "must " + "be true or false")
                    @Parameter(description = "Only dead letters not replayed yet", example = "true")
                    String pending) {
        // Strings, not int and boolean: a failed int conversion answers 404 where bad input deserves 400, and JAX-RS
        // would read any unknown word as false and list more than asked
        return Relay.of(service().list(Integer.parseInt(limit), Boolean.parseBoolean(pending)));
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Replay one dead letter",
            description =
                    "The service applies the change again now, against the document's current state; a change already "
                    + "applied changes nothing. The report says whether it was applied or why it failed again. Never "
                    + "retried by the gateway. Admin role.")
    @APIResponse(
            responseCode = "200",
            description = "What the replay did",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "applied",
                                            value = DeadLetterExamples.REPLAYED_ONE)))
    @APIResponse(
            responseCode = "400",
            description = "The id is not <partition>-<offset>",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "bad id",
                                            value = DeadLetterExamples.BAD_ID)))
    @APIResponse(
            responseCode = "404",
            description = "No such dead letter (or aged out of the topic)",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "unknown id",
                                            value = DeadLetterExamples.NOT_FOUND)))
    public Response replay(
            @PathParam("id")
                    @Pattern(
                            regexp = ID_PATTERN,
                            message = "must be <partition>-<offset>, " + "e.g. 4-17")
                    @Parameter(description = "The dead letter's id from the list", example = "4-17")
                    String id) {
        return Relay.of(service().replay(id));
    }

    @POST
    @Path("/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Replay every pending dead letter",
            description =
                    "The service applies every dead letter not replayed yet, oldest first in each partition, and marks "
                    + "them replayed up to the first one that fails again (the next replay starts there). Never "
                    + "retried by the gateway; if the gateway stops waiting (504), the service still finishes the "
                    + "replay: list with pending=true to see what is left. Admin role.")
    @APIResponse(
            responseCode = "200",
            description = "What the replay did",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "one failed again",
                                            value = DeadLetterExamples.REPLAYED_ALL)))
    public Response replayAll() {
        return Relay.of(service().replayAll());
    }
}
