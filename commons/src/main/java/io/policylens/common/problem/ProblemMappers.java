package io.policylens.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.policylens.common.http.RequestIds;
import io.policylens.common.resilience.DependencyOutage;
import io.policylens.common.security.TokenRejectedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps every failure to an RFC 9457 problem+json response, so clients see one error format whatever
 * went wrong: application problems, validation, malformed JSON, security and unexpected errors.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** What a 503 for an unavailable dependency suggests: about how long a database restart or failover takes. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(request, e.status(), e.slug(), e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream()
                        .map(f -> f.field() + ": " + f.message())
                        .collect(Collectors.joining("; "));
        return respond(request, 400, "validation", detail, errors);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, HttpServerRequest request) {
        return respond(request, 400, "unknown-field", "unknown field '" + e.getPropertyName() + "'", null);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, HttpServerRequest request) {
        return respond(request, 400, "invalid-value", "invalid value for '" + JsonShapes.path(e) + "': " + e.getValue(),
                null);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return respond(request, 400, "malformed-json", JsonShapes.describe(e), null);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpServerRequest request) {
        return respond(request, 400, "malformed-json", JsonShapes.describe(e), null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TokenRejectedException rejected) {
                // a valid signature but claims Policy Lens refuses: say which, so the partner can fix its client
                Response problem = respond(request, 401, "token-rejected", rejected.getMessage(), null);
                return Response.fromResponse(problem)
                        .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                        .build();
            }
        }
        Response problem = respond(request, 401, "unauthorized", "a valid bearer token is required", null);
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, 403, "forbidden", "your roles do not allow this operation", null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return unknownField(unknown, request);
            }
            return cause instanceof InvalidFormatException invalid
                    ? invalidValue(invalid, request)
                    : malformedJson(json, request);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String detail = status >= 500 ? "internal error" : e.getMessage();
        return respond(request, status, slug(status), detail, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        if (DependencyOutage.causedBy(e)) {
            // the database or an upstream is away: nothing is wrong with the request, so say when to try again
            LOG.warnf("%s %s: a dependency is unavailable: %s", request.method(), request.path(), e);
            Response problem = respond(request, 503, "unavailable",
                    "a service this request needs is unavailable; try again shortly", null);
            return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf(e, "unexpected error on %s %s", request.method(), request.path());
        return respond(request, 500, "internal", "internal error; quote the request id when reporting it", null);
    }

    private static Response respond(HttpServerRequest request, int status, String slug, String detail,
                                    List<Problem.FieldError> errors) {
        return Problems.response(status, slug, detail, request.path(), RequestIds.of(request), errors);
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 429 -> "rate-limited";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "http-" + status;
        };
    }

    /** "create.request.title" -> "title": the parameter or body field a client can act on. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot >= 0 ? path.substring(dot + 1) : path;
    }
}
