package io.policylens.gateway.rest;

import io.policylens.common.security.Roles;
import io.policylens.gateway.aggregation.Brief;
import io.policylens.gateway.aggregation.BriefAssembler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Topic and actor briefs: claims, recommendation clusters and documents about one subject in one answer. */
@Path("/api/v1")
@Tag(name = "Briefs", description = "What the documents say about one topic or one actor")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Bad subject id or size")
public class BriefResource {

    static final String SUBJECT_PATTERN = "[a-z0-9][a-z0-9-]{0,99}";
    static final String SUBJECT_MESSAGE = "must be a lower-case id: letters, digits and hyphens";

    @Inject
    BriefAssembler briefs;

    @GET
    @Path("/topics/{topic}/brief")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Brief on a topic", description =
                    "The strongest claims about the topic (claims-service, most check-worthy first), the "
                    + "recommendation clusters about it with the documents backing each (recommendations-service, "
                    + "most-backed first) and the documents on the topic (documents-service). Documents are required: "
                    + "documents-service down is a 503. Claims and clusters are best effort: when their service is "
                    + "down the answer is 200 with \"degraded\": true and the part named in \"missing\". Reader role; "
                    + "partner scoping applies to every part.")
    @APIResponse(responseCode = "200", description = "The brief, possibly degraded",
            content = @Content(schema = @Schema(implementation = Brief.class)))
    public Brief topic(@PathParam("topic")
                    @Pattern(regexp = SUBJECT_PATTERN, message = SUBJECT_MESSAGE)
                    @Parameter(description = "Topic id from the taxonomy", example = "semiconductors")
                    String topic,
            @Valid @BeanParam BriefSize size) {
        return briefs.topic(topic, size.size);
    }

    @GET
    @Path("/actors/{actor}/brief")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Brief on an actor", description =
                    "The strongest claims naming the actor, the recommendation clusters addressed to it with their "
                    + "backing documents, and the documents naming it. The actor is a canonical entity id "
                    + "(south-korea); recommendations match on the addressee name. Documents are required (503 when "
                    + "documents-service is down); claims and clusters are best effort (\"degraded\"). Reader role; "
                    + "partner scoping applies to every part.")
    @APIResponse(responseCode = "200", description = "The brief, possibly degraded",
            content = @Content(schema = @Schema(implementation = Brief.class)))
    public Brief actor(@PathParam("actor")
                    @Pattern(regexp = SUBJECT_PATTERN, message = SUBJECT_MESSAGE)
                    @Parameter(description = "Canonical entity id", example = "south-korea")
                    String actor,
            @Valid @BeanParam BriefSize size) {
        return briefs.actor(actor, size.size);
    }
}
