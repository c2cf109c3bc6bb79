package io.policylens.gateway.client;

import io.policylens.common.problem.Problem;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * claims-service's API as the gateway uses it (module claims-service, package rest). Raw responses, so
 * status, content type and problem+json bodies reach the caller unchanged; null query parameters are
 * not sent. {@link AccessToken} forwards the caller's own bearer token: claims-service checks roles and
 * partner scoping again.
 */
@Path("/claims")
@RegisterRestClient(configKey = "claims")
@AccessToken
@RegisterProvider(RequestIdPropagation.class)
public interface ClaimsClient extends ExtractionServiceApi {

    @GET
    Response list(@QueryParam("page") int page, @QueryParam("size") int size, @QueryParam("document") String document,
            @QueryParam("type") String type, @QueryParam("topic") String topic, @QueryParam("entity") String entity,
            @QueryParam("minScore") String minScore, @QueryParam("status") String status, @QueryParam("q") String q);

    @PUT
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    Response review(@PathParam("id") UUID id, Object review);

    @GET
    @Path("/{id}/reviews")
    Response reviews(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}/matches")
    Response matches(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}/claimreview")
    @Produces({ClaimsCalls.JSON_LD, Problem.MEDIA_TYPE})
    Response claimReview(@PathParam("id") UUID id);
}
