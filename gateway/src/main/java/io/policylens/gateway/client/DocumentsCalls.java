package io.policylens.gateway.client;

import io.policylens.gateway.resilience.DownstreamGuard;
import io.policylens.gateway.resilience.DownstreamGuards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import java.util.UUID;

/**
 * documents-service calls with fault tolerance: GETs are reads (retried), POST and DELETE are writes
 * (never retried). Answers are raw responses; 5xx and transport failures become DownstreamException.
 */
@ApplicationScoped
public class DocumentsCalls {

    private final DocumentsClient client;
    private final DownstreamGuard guard;

    public DocumentsCalls(@RestClient DocumentsClient client, DownstreamGuards guards) {
        this.client = client;
        this.guard = guards.of(Downstream.DOCUMENTS);
    }

    public Response create(Object document) {
        return guard.write(() -> client.create(document));
    }

    public Response upload(ClientMultipartForm form) {
        return guard.write(() -> client.upload(form));
    }

    public Response list(DocumentFilters f) {
        return guard.read(() ->
                        client.list(f.page(), f.size(), f.topic(), f.entity(), f.publisher(), f.from(), f.to(),
                                f.visibility()));
    }

    public Response search(String q, DocumentFilters f) {
        return guard.read(() ->
                        client.search(q, f.page(), f.size(), f.topic(), f.entity(), f.publisher(), f.from(), f.to(),
                                f.visibility()));
    }

    public Response get(UUID id) {
        return guard.read(() -> client.get(id));
    }

    public Response text(UUID id) {
        return guard.read(() -> client.text(id));
    }

    public Response sentences(UUID id, int page, int size) {
        return guard.read(() -> client.sentences(id, page, size));
    }

    public Response delete(UUID id) {
        return guard.write(() -> client.delete(id));
    }
}
