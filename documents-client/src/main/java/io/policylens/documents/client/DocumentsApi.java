package io.policylens.documents.client;

import io.policylens.documents.contract.RemoteDocument;
import io.policylens.documents.contract.RemoteSentencePage;
import io.policylens.documents.contract.RemoteSnapshot;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * documents-service as seen by the extraction services, called with the service's own
 * client-credentials token (role {@code service}: all partners' documents). Changes come from the Kafka change topic,
 * not from here. Base URL: {@code quarkus.rest-client.documents.url}.
 */
@RegisterRestClient(configKey = "documents")
@OidcClientFilter
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public interface DocumentsApi {

    @GET
    @Path("/{id}")
    RemoteDocument document(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/sentences")
    RemoteSentencePage sentences(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") int size);

    /** The document and all its sentences in one response: what the synchronisers read per change. */
    @GET
    @Path("/{id}/snapshot")
    RemoteSnapshot snapshot(@PathParam("id") UUID id);
}
