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
 * recommendations-service (issue 4), only what the aggregated views need so far: a document's
 * recommendations (with their evidence links) as a Page.
 */
@Path("/recommendations")
@RegisterRestClient(configKey = "recommendations")
@AccessToken
@RegisterProvider(RequestIdPropagation.class)
public interface RecommendationsClient {

    @GET
    Response byDocument(@QueryParam("document") UUID document, @QueryParam("size") int size);
}
