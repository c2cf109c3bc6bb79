package io.policylens.gateway.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/**
 * Turns a documents-service answer into the gateway's answer: same status, same content type, same
 * bytes (problem+json bodies included, so error details and request ids survive). Only headers that
 * mean something to a public caller are copied; Location is rewritten to the public URI.
 */
final class Relay {

    private static final String[] COPIED_HEADERS = {"Retry-After", "X-Content-Type-Options"};

    private Relay() {
    }

    static Response of(Response downstream) {
        return copy(downstream).build();
    }

    /** As {@link #of}, with a Location pointing at the gateway's /api/v1/documents/{id}. */
    static Response created(Response downstream, UriInfo uriInfo) {
        Response.ResponseBuilder builder = copy(downstream);
        URI location = downstream.getLocation();
        if (location != null) {
            String path = location.getPath();
            String id = path.substring(path.lastIndexOf('/') + 1);
            builder.location(uriInfo.getBaseUriBuilder().path("api/v1/documents").path(id).build());
        }
        return builder.build();
    }

    private static Response.ResponseBuilder copy(Response downstream) {
        try (downstream) {
            Response.ResponseBuilder builder = Response.status(downstream.getStatus());
            if (downstream.hasEntity()) {
                byte[] body = downstream.readEntity(byte[].class);
                builder.entity(body);
                if (downstream.getMediaType() != null) {
                    builder.type(downstream.getMediaType());
                }
            }
            for (String header : COPIED_HEADERS) {
                String value = downstream.getHeaderString(header);
                if (value != null) {
                    builder.header(header, value);
                }
            }
            String vary = downstream.getHeaderString(HttpHeaders.VARY);
            if (vary != null) {
                builder.header(HttpHeaders.VARY, vary);
            }
            return builder;
        }
    }
}
