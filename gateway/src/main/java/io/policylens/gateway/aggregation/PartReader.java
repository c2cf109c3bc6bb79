package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.gateway.client.Downstream;
import io.policylens.gateway.client.DownstreamRejection;
import io.policylens.gateway.resilience.DownstreamException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The parts of one aggregated answer: required parts fail the answer (their 4xx is relayed, their
 * failure is the DownstreamException's 502/503/504), optional parts are best effort and, when absent,
 * are named in {@link #missing()} with a reason.
 */
final class PartReader {

    private static final Logger LOG = Logger.getLogger(PartReader.class);

    private final ObjectMapper json;
    private final List<String> missing = new ArrayList<>();
    private final Map<String, String> reasons = new LinkedHashMap<>();

    PartReader(ObjectMapper json) {
        this.json = json;
    }

    JsonNode required(Downstream service, Response response) {
        if (response.getStatus() != 200) {
            throw new DownstreamRejection(response);
        }
        try (response) {
            return json.readTree(response.readEntity(String.class));
        } catch (JsonProcessingException e) {
            throw new DownstreamException(service, DownstreamException.Kind.BAD_GATEWAY,
                    service.serviceName() + " sent an unreadable answer", e);
        }
    }

    Optional<JsonNode> optional(String part, Downstream service, Supplier<Response> call) {
        try (Response response = call.get()) {
            if (response.getStatus() != 200) {
                return absent(part, service.serviceName() + " answered " + response.getStatus());
            }
            return Optional.of(json.readTree(response.readEntity(String.class)));
        } catch (DownstreamException e) {
            return absent(part, e.getMessage());
        } catch (JsonProcessingException e) {
            return absent(part, service.serviceName() + " sent an unreadable answer");
        }
    }

    Optional<JsonNode> absent(String part, String reason) {
        LOG.debugf("answer without %s: %s", part, reason);
        missing.add(part);
        reasons.put(part, reason);
        return Optional.empty();
    }

    boolean degraded() {
        return !missing.isEmpty();
    }

    List<String> missing() {
        return List.copyOf(missing);
    }

    Map<String, String> reasons() {
        return Map.copyOf(reasons);
    }
}
