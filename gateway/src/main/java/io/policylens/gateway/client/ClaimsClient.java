package io.policylens.gateway.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * claims-service (issue 3), only what the aggregated views need so far: a document's claims as a Page.
 * The public /api/v1/claims endpoints are added once that API settles.
 */
@Path("/claims")
@RegisterRestClient(configKey = "claims")
@AccessToken
@RegisterProvider(RequestIdPropagation.class)
public interface ClaimsClient {

    @GET
    Response byDocument(@QueryParam("document") UUID document, @QueryParam("size") int size);
}
