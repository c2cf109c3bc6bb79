package io.policylens.common.http;

import io.policylens.common.problem.Problem;
import io.policylens.common.problem.Problems;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * Runs first on every request of the API port: assigns the request id, echoes it in the response and puts it in the
 * logging context; rejects declared bodies over the size limit with a problem+json 413 before any byte of the body is
 * read, and a path or query with a NUL character (%00) with a 400: PostgreSQL text cannot hold one, so it could only
 * end as a database error (JSON bodies: {@link io.policylens.common.json.NulFreeStrings}).
 */
@ApplicationScoped
public class HttpEdgeFilters {

    private final long maxBodyBytes;

    public HttpEdgeFilters(@ConfigProperty(name = "policylens.http.max-body-bytes", defaultValue = "5242880")
                    long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    void handle(RoutingContext context) {
        String id = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
        context.request().headers().set(RequestIds.HEADER, id);
        context.response().putHeader(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        String length = context.request().getHeader("Content-Length");
        if (length != null && tooLarge(length)) {
            context.response().putHeader("Connection", "close");
            refuse(context, 413, "payload-too-large", "request body exceeds the limit of " + maxBodyBytes + " bytes",
                    id);
            return;
        }
        if (context.request().uri().contains("%00")) {
            refuse(context, 400, "bad-request", "the path or a query parameter contains a NUL character (%00)", id);
            return;
        }
        context.next();
    }

    private static void refuse(RoutingContext context, int status, String slug, String detail, String id) {
        Problem problem = new Problem(Problem.TYPE_BASE + slug, Problems.title(status), status, detail,
                        context.request().path(), id, null);
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
