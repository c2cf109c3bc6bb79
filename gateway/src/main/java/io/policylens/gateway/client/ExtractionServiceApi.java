package io.policylens.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/**
 * What claims- and recommendations-service both serve below their own prefix: a document's items, one item, trial
 * extraction, re-extraction and its feed, a document's processing state, and the dead-letter administration
 * (documents-client's DeadLetterResource). ClaimsClient and RecommendationsClient extend it, so these paths are
 * written once.
 */
public interface ExtractionServiceApi {

    /** A document's items in text order, for the aggregated views. */
    @GET
    Response byDocument(@QueryParam("document") UUID document, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    Response get(@PathParam("id") UUID id);

    @POST
    @Path("/extract")
    @Consumes(MediaType.APPLICATION_JSON)
    Response extract(Object request);

    @POST
    @Path("/admin/reextract")
    Response reextract(@QueryParam("force") boolean force);

    @GET
    @Path("/admin/feed")
    Response feed();

    /** The newest revision of the document the service has processed, items found or not (404: none visible). */
    @GET
    @Path("/documents/{documentId}/processing")
    Response processing(@PathParam("documentId") UUID documentId);

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
