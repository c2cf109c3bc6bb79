package io.policylens.common.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Documents every error response of every service the same way, so that resources declare only what is
 * special about an endpoint: the status and what it means there ({@code @APIResponse(responseCode = "404",
 * description = "No such claim visible to you")}).
 * <ul>
 *     <li>every 4xx and 5xx response gets the {@link Problem#MEDIA_TYPE} content with the {@code Problem} schema
 *     (examples an annotation gives are kept);</li>
 *     <li>every operation with a security requirement gets the 401 and 403 every secured endpoint can answer,
 *     unless it describes them itself.</li>
 * </ul>
 * Runs at build time, so the document written to {@code target/openapi} is the one served.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String SCHEMA_REF = "#/components/schemas/Problem";
    static final String UNAUTHENTICATED = "No or invalid bearer token";
    static final String FORBIDDEN = "Your role does not allow this";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addIfAbsent(responses, "401", UNAUTHENTICATED);
            addIfAbsent(responses, "403", FORBIDDEN);
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (isError(entry.getKey()) && entry.getValue().getRef() == null) {
                asProblem(entry.getValue());
            }
        }
        return operation;
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static void asProblem(APIResponse response) {
        Content content = response.getContent();
        MediaType problem = content == null ? null : content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType();
        }
        if (problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref(SCHEMA_REF));
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
    }
}
