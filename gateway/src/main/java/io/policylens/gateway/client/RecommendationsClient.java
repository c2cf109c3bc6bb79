package io.policylens.gateway.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * recommendations-service's API as the gateway uses it (module recommendations-service, package rest). Raw
 * responses, so status, content type and problem+json bodies reach the caller unchanged; null query parameters
 * are not sent. {@link AccessToken} forwards the caller's own bearer token: recommendations-service checks roles
 * and partner scoping again.
 */
@Path("/recommendations")
@RegisterRestClient(configKey = "recommendations")
@AccessToken
@RegisterProvider(RequestIdPropagation.class)
public interface RecommendationsClient extends ExtractionServiceApi {

    @GET
    Response list(@QueryParam("page") int page, @QueryParam("size") int size, @QueryParam("document") String document,
            @QueryParam("actor") String actor, @QueryParam("topic") String topic,
            @QueryParam("strength") String strength, @QueryParam("status") String status,
            @QueryParam("cluster") String cluster, @QueryParam("forum") String forum, @QueryParam("q") String q);

    @GET
    @Path("/{id}/history")
    Response history(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    Response changeStatus(@PathParam("id") UUID id, Object change);

    @GET
    @Path("/clusters")
    Response clusters(@QueryParam("minDocuments") int minDocuments, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/clusters/{id}")
    Response cluster(@PathParam("id") String id, @QueryParam("page") int page, @QueryParam("size") int size);
}
