package io.policylens.common.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem+json responses. */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String slug, String detail, String instance, String requestId) {
        return response(status, slug, detail, instance, requestId, null);
    }

    public static Response response(int status, String slug, String detail, String instance, String requestId,
                                    List<Problem.FieldError> errors) {
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title(status), status, detail, instance, requestId,
                        errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "Error";
        };
    }
}
