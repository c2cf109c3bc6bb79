package io.policylens.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * The dead-letter administration both extraction services serve below their own prefix (documents-client's
 * DeadLetterResource); ClaimsClient and RecommendationsClient extend it, so the paths are written once.
 */
public interface DeadLetterApi {

    @GET
    @Path("/admin/feed/dead-letters")
    Response deadLetters(@QueryParam("limit") int limit, @QueryParam("pending") boolean pending);

    @POST
    @Path("/admin/feed/dead-letters/{id}/replay")
    Response replayDeadLetter(@PathParam("id") String id);

    @POST
    @Path("/admin/feed/dead-letters/replay")
    Response replayDeadLetters();
}
