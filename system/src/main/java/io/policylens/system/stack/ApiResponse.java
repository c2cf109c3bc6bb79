package io.policylens.system.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.net.http.HttpHeaders;

/** One answer of the gateway: status, body and headers; {@link #json()} parses the body when it is JSON. */
public record ApiResponse(String method, String path, int status, String body, HttpHeaders headers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonNode json() {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(this + " is not JSON", e);
        }
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    /** Fails with the whole answer in the message unless the status is the expected one. */
    public ApiResponse expect(int expected) {
        if (status != expected) {
            throw new IllegalStateException(method + " " + path + ": expected HTTP " + expected + " but got " + this);
        }
        return this;
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + KeycloakTokens.abbreviate(body);
    }
}
