package io.policylens.gateway.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import java.util.UUID;

/**
 * documents-service's API as the gateway uses it. Every method returns the raw Response so status,
 * content type and problem+json bodies reach the caller unchanged; query parameters that are null are
 * not sent. {@link AccessToken} forwards the caller's own bearer token: documents-service checks roles
 * and partner scoping again.
 */
@Path("/documents")
@RegisterRestClient(configKey = "documents")
@AccessToken
@RegisterProvider(RequestIdPropagation.class)
public interface DocumentsClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(Object document);

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Response upload(ClientMultipartForm form);

    @GET
    Response list(@QueryParam("page") int page, @QueryParam("size") int size, @QueryParam("topic") String topic,
            @QueryParam("entity") String entity, @QueryParam("publisher") String publisher,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("visibility") String visibility);

    @GET
    @Path("/search")
    Response search(@QueryParam("q") String q, @QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("topic") String topic, @QueryParam("entity") String entity,
            @QueryParam("publisher") String publisher, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("visibility") String visibility);

    @GET
    @Path("/{id}")
    Response get(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/text")
    Response text(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/sentences")
    Response sentences(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") int size);

    @DELETE
    @Path("/{id}")
    Response delete(@PathParam("id") UUID id);
}
