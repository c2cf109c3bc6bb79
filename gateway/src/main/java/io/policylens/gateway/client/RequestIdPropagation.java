package io.policylens.gateway.client;

import io.policylens.common.http.RequestIds;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.jboss.logging.MDC;

/**
 * Sends the gateway's request id (assigned or accepted by commons HttpEdgeFilters) to the services,
 * so one id finds a call in every service's logs and problem bodies.
 */
public class RequestIdPropagation implements ClientRequestFilter {

    @Inject
    Instance<CurrentVertxRequest> currentRequest;

    @Override
    public void filter(ClientRequestContext request) {
        String id = fromServerRequest();
        if (id == null) {
            // the MDC value travels with the Vert.x duplicated context, also onto worker threads
            Object mdc = MDC.get(RequestIds.MDC_KEY);
            id = mdc == null ? null : mdc.toString();
        }
        if (id != null) {
            request.getHeaders().putSingle(RequestIds.HEADER, id);
        }
    }

    private String fromServerRequest() {
        try {
            var current = currentRequest.get().getCurrent();
            return current == null ? null : current.request().getHeader(RequestIds.HEADER);
        } catch (RuntimeException noRequestContext) {
            return null;
        }
    }
}
