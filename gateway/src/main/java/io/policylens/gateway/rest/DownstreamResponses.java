package io.policylens.gateway.rest;

import io.policylens.common.problem.Problem;
import io.policylens.common.problem.Problems;
import io.policylens.gateway.client.Downstream;
import io.policylens.gateway.resilience.DownstreamException;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents on every public operation the errors the gateway adds to it, so that a resource declares only what is
 * special about its endpoints: 429 from the rate limiter, and the 502, 503 and 504 of {@link DownstreamProblems} when
 * the service behind the path fails, is down or does not answer in time. An operation that relays one service names
 * it and shows its 503 as an example. The views the gateway assembles itself require documents-service and answer a
 * failed best-effort part as degraded, so they document documents-service's 503 and 504 only. A response the
 * operation declares itself (a 429 with a meaning of its own) is kept.
 * <p>
 * Runs at build time before commons' {@code ProblemResponses} (default priority 1; higher runs first), which gives
 * these responses their problem body like every other error.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 2)
public class DownstreamResponses implements OASFilter {

    static final String RATE_LIMITED = "Too many requests from this client; Retry-After gives the seconds to wait";

    /** The service behind each path; the first route that covers a path wins, so the views under documents go first. */
    static final List<Route> ROUTES = List.of(
            Route.assembled("/api/v1/documents/{id}/analysis"),
            Route.assembled("/api/v1/documents/{id}/status"),
            Route.assembled("/api/v1/search"),
            Route.assembled("/api/v1/topics"),
            Route.assembled("/api/v1/actors"),
            Route.relayed("/api/v1/documents", Downstream.DOCUMENTS),
            Route.relayed("/api/v1/claims", Downstream.CLAIMS),
            Route.relayed("/api/v1/recommendations", Downstream.RECOMMENDATIONS));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> ROUTES.stream()
                .filter(route -> route.covers(path))
                .findFirst()
                .ifPresent(route -> item.getOperations().values().forEach(operation -> {
                    if (operation.getResponses() == null) {
                        operation.setResponses(OASFactory.createAPIResponses());
                    }
                    route.document(operation.getResponses());
                })));
    }

    /**
     * Operations under {@code prefix} depend on {@code service}; {@code relayed}: they pass its answer on (and its
     * failure as 502), otherwise the gateway assembles their answer around it.
     */
    record Route(String prefix, Downstream service, boolean relayed) {

        static Route relayed(String prefix, Downstream service) {
            return new Route(prefix, service, true);
        }

        static Route assembled(String prefix) {
            return new Route(prefix, Downstream.DOCUMENTS, false);
        }

        boolean covers(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }

        void document(APIResponses responses) {
            String name = service.serviceName();
            addIfAbsent(responses, 429, RATE_LIMITED, null);
            if (relayed) {
                addIfAbsent(responses, 502, name + " failed", null);
            }
            addIfAbsent(responses, 503, name + " is down, saturated or its circuit is open; Retry-After says when to "
                    + "try again", relayed ? unreachable() : null);
            addIfAbsent(responses, 504, name + " did not answer in time", null);
        }

        /** The 503 problem the gateway answers when the service cannot be reached. */
        private Content unreachable() {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", Problem.TYPE_BASE + DownstreamException.Kind.UNAVAILABLE.slug);
            problem.put("title", Problems.title(503));
            problem.put("status", 503);
            problem.put("detail", service.serviceName() + " is unreachable");
            problem.put("instance", prefix);
            problem.put("requestId", "3f2a9c");
            return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                    .addExample(service.serviceName() + " down", OASFactory.createExample().value(problem)));
        }

        private static void addIfAbsent(APIResponses responses, int status, String description, Content content) {
            String code = String.valueOf(status);
            if (!responses.hasAPIResponse(code)) {
                APIResponse response = OASFactory.createAPIResponse().description(description);
                responses.addAPIResponse(code, content == null ? response : response.content(content));
            }
        }
    }
}
